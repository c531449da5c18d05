package dev.gocon.app.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into what the user reads: one line naming the problem, then at most one line
 * of hint. A stack trace is printed only with {@code --stacktrace}.
 */
public final class Errors {

    private Errors() {
    }

    /** A usage error: the message, "did you mean" when there is a close match, and where to get help. */
    public static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("gocon: " + describe(e));
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                ? Suggestions.closest(unmatched.getUnmatched().getFirst(), unmatched.getSuggestions())
                : List.of();
        if (!suggestions.isEmpty()) {
            err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
        } else {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        if (stacktraceRequested(cmd)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE;
    }

    private static String describe(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().getFirst();
            CommandSpec spec = e.getCommandLine().getCommandSpec();
            String kind = unmatched.isUnknownOption() ? "option"
                    : spec.userObject() instanceof LessonCommand ? "lesson" : "command";
            return "unknown " + kind + " '" + word + "' for '" + spec.qualifiedName() + "'";
        }
        return firstLine(e.getMessage());
    }

    /** An exception from a command: a one-line message, and the exit code it carries. */
    public static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = e instanceof GoconException g ? g.exitCode() : ExitCode.FAILURE;
        String message = e instanceof GoconException ? e.getMessage() : describe(e);
        err.println("gocon: " + message);
        if (stacktraceRequested(cmd)) {
            e.printStackTrace(err);
        } else if (!(e instanceof GoconException)) {
            err.println("Run again with --stacktrace to see where it happened.");
        }
        err.flush();
        return code;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + firstLine(message);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static boolean stacktraceRequested(CommandLine cmd) {
        Object root = cmd.getCommandSpec().root().userObject();
        return root instanceof GoconCommand gocon && gocon.globals().stacktrace();
    }
}
