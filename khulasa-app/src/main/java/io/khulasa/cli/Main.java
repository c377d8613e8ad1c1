package io.khulasa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code khulasa} command: summarize news clusters, score summaries, serve the HTTP API. */
@Command(name = "khulasa",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Summarizes clusters of news articles (Arabic, English and more) with sources for every sentence.",
        subcommands = {SummarizeCommand.class, EvalCommand.class, RougeCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error (bad option or argument)", "3:input error (unreadable or unusable input)"})
public final class Main implements Runnable {

    /** Exit code for a user's input that cannot be used. */
    public static final int INPUT_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with Khulasa's conventions: one-line errors, exit 2 for usage, 3 for input. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("khulasa: out of memory; give the JVM more heap, e.g. JAVA_OPTS=-Xmx2g");
            code = CommandLine.ExitCode.SOFTWARE;
        }
        System.exit(code);
    }
}
