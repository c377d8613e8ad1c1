package io.khulasa.server;

import io.khulasa.cli.Main;
import io.khulasa.cli.ServeCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code khulasa serve}: its options become the server's limits. */
class ServeCommandTest {

    private static ServerConfig parse(String... args) {
        CommandLine cl = new CommandLine(new ServeCommand());
        cl.parseArgs(args);
        return ((ServeCommand) cl.getCommand()).config();
    }

    @Test
    void isASubcommandOfKhulasa() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("serve");
    }

    @Test
    void defaultsAreLoopbackPort8080AndTheDocumentedLimits() {
        ServerConfig c = parse();
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(c.maxDocuments()).isEqualTo(500);
        assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.maxConcurrent()).isEqualTo(2 * Runtime.getRuntime().availableProcessors());
    }

    @Test
    void everyLimitIsConfigurable() {
        ServerConfig c = parse("--host", "0.0.0.0", "--port", "0", "--max-body", "2MB", "--max-documents", "50",
                "--timeout", "500ms", "--max-concurrent", "3", "--queue-wait", "1s");
        assertThat(c).isEqualTo(new ServerConfig("0.0.0.0", 0, 2L * 1024 * 1024, 50, Duration.ofMillis(500), 3, Duration.ofSeconds(1)));
        assertThat(parse("--max-body", "512kb").maxBodyBytes()).isEqualTo(512L * 1024);
        assertThat(parse("--max-body", "1000").maxBodyBytes()).isEqualTo(1000L);
        assertThat(parse("--timeout", "2m").timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(parse("--timeout", "7").timeout()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void badValuesAreUsageErrorsInOneLine() {
        for (String[] args : new String[][] {{"serve", "--max-body", "lots"}, {"serve", "--timeout", "soon"},
                {"serve", "--max-concurrent", "0"}, {"serve", "--port", "70000"}}) {
            StringWriter err = new StringWriter();
            int code = Main.commandLine().setErr(new PrintWriter(err)).execute(args);
            assertThat(code).as(String.join(" ", args)).isEqualTo(CommandLine.ExitCode.USAGE);
            assertThat(err.toString()).startsWith("khulasa: ").doesNotContain("\tat ");
        }
    }
}
