package io.khulasa.cli;

import io.javalin.util.JavalinBindException;
import io.khulasa.server.KhulasaServer;
import io.khulasa.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code khulasa serve}: the HTTP API and the web page. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serves the summarizer over HTTP, with a web page at / to paste or upload articles.",
            "API: POST /api/summarize (JSON or file uploads), GET /api/health, GET /api/methods, GET /openapi.json."
        },
        footer = {"%nExamples:",
            "  khulasa serve                          # http://127.0.0.1:8080/",
            "  khulasa serve --port 9000 --max-body 2MB --timeout 5s",
            "  khulasa serve --host 0.0.0.0           # other machines too (put a TLS proxy in front)"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--max-body", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest request body, e.g. 10MB, 512KB, 2000000 (default: 10MB). Larger: 413.")
    long maxBody = ServerConfig.DEFAULT_MAX_BODY;

    @Option(names = "--max-documents", paramLabel = "N", description = "Most articles in one request (default: ${DEFAULT-VALUE}). More: 413.")
    int maxDocuments = ServerConfig.DEFAULT_MAX_DOCUMENTS;

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Time bound for one request, e.g. 10s, 500ms (default: 10s). Longer: 503 timeout.")
    Duration timeout = ServerConfig.DEFAULT_TIMEOUT;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Most summarizations at once (default: 2 x cores = ${DEFAULT-VALUE}).")
    int maxConcurrent = 2 * Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue-wait", paramLabel = "TIME", converter = DurationConverter.class,
            description = "How long a request waits for a free slot before 503 busy (default: 2s).")
    Duration queueWait = ServerConfig.DEFAULT_QUEUE_WAIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The server configuration the parsed options describe. */
    public ServerConfig config() {
        return new ServerConfig(host, port, maxBody, maxDocuments, timeout, maxConcurrent, queueWait);
    }

    @Override
    public Integer call() throws InterruptedException {
        KhulasaServer server = new KhulasaServer(config());
        try {
            server.start();
        } catch (JavalinBindException e) {
            spec.commandLine().getErr().println("khulasa: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "khulasa-shutdown"));
        spec.commandLine().getErr().println("khulasa: serving on " + server.uri() + " (Ctrl-C stops)");
        stopped.await(); // main() calls System.exit when we return, so stay here until the JVM is told to stop
        return 0;
    }

    /** Sizes such as {@code 10MB}, {@code 512KB}, {@code 1GB} or a plain byte count (units of 1024). */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 10MB, 512KB or 2000000");
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2);
            long scale = switch (unit.charAt(0)) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                case 'g' -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            long bytes = n * scale;
            if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
                throw new CommandLine.TypeConversionException("'" + value + "' must be between 1 byte and 2GB");
            }
            return bytes;
        }
    }

    /** Durations such as {@code 10s}, {@code 500ms}, {@code 2m}; a bare number is seconds. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

        @Override
        public Duration convert(String value) {
            Matcher m = TIME.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) throw new CommandLine.TypeConversionException("'" + value + "' is not a time such as 10s or 500ms");
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            };
        }
    }
}
