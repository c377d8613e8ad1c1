package io.khulasa.cli;

import io.khulasa.InputException;
import picocli.CommandLine;

import java.io.UncheckedIOException;

/**
 * Turns failures into one line on stderr and an exit code: a user's mistake never shows a stack trace.
 * Usage errors (bad options, unknown method) exit 2; unusable input exits 3.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("khulasa: " + ex.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return CommandLine.ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (ex instanceof InputException || ex instanceof UncheckedIOException) {
            cmd.getErr().println("khulasa: " + ex.getMessage());
            return Main.INPUT_ERROR;
        }
        if (ex instanceof IllegalArgumentException) {
            cmd.getErr().println("khulasa: " + ex.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        // A bug of ours, not the user's: say so, with the trace for the report.
        cmd.getErr().println("khulasa: internal error: " + ex);
        ex.printStackTrace(cmd.getErr());
        return CommandLine.ExitCode.SOFTWARE;
    }
}
