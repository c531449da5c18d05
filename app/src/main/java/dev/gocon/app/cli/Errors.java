package dev.gocon.app.cli;

import dev.gocon.app.errors.ExitCode;
import dev.gocon.app.errors.GoconException;
import dev.gocon.app.errors.Reasons;
import dev.gocon.app.exercise.Progress;
import dev.gocon.app.term.Printable;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

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
        err.println("gocon: " + Printable.visible(describe(e)));
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
        if (e.getMessage() != null && e.getMessage().startsWith("Invalid value for option")
                && e.getArgSpec() instanceof OptionSpec option) {
            return option.longestName() + " takes " + kindOfValue(option.type()) + ", not '" + e.getValue() + "'";
        }
        return firstLine(e.getMessage());
    }

    /* What an option's type asks for, in words: "a whole number", "a number", "one of: a, b". */
    private static String kindOfValue(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of: " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type == java.nio.file.Path.class) {
            return "a file name";
        }
        return "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * An exception from a command: a one-line message, and the exit code it carries. A
     * {@link GoconException}, a file that cannot be read or written, and a progress file from a newer
     * gocon are the learner's to fix and say why in plain words; anything else is a fault of gocon's,
     * named with a hint to run again with {@code --stacktrace}.
     */
    public static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code = e instanceof GoconException g ? g.exitCode() : ExitCode.FAILURE;
        boolean explained = e instanceof GoconException || e instanceof UncheckedIOException
                || e instanceof Progress.NewerSchemaException;
        err.println("gocon: " + Printable.visible(explained ? explain(e) : describe(e)));
        if (stacktraceRequested(cmd)) {
            e.printStackTrace(err);
        } else if (!explained) {
            err.println("Run again with --stacktrace to see where it happened.");
        }
        err.flush();
        return code;
    }

    /* The message of a failure the learner can fix, with the reason of an I/O failure after it. */
    private static String explain(Exception e) {
        if (e instanceof UncheckedIOException io) {
            String what = io.getMessage() == null || io.getMessage().equals(String.valueOf(io.getCause()))
                    ? "cannot read or write a file" : firstLine(io.getMessage());
            return what + ": " + Reasons.of(io.getCause());
        }
        return firstLine(e.getMessage());
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
