package dev.gocon.app.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command accepts: {@code --no-color} and {@code --stacktrace}.
 *
 * <p>Each command mixes this in, so the options may stand anywhere on the line
 * ({@code gocon lesson kitchens --no-color}); whichever command parses one records it on the root
 * command's instance, the one place the rest of the program reads.
 */
public final class GlobalOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private boolean noColor;
    private boolean stacktrace;

    @Option(names = "--no-color", description = "Print no colours or styles, even on a terminal.")
    void setNoColor(boolean value) {
        if (value) {
            root().noColor = true;
        }
    }

    @Option(names = "--stacktrace", description = "Print the stack trace of an error, for bug reports.")
    void setStacktrace(boolean value) {
        if (value) {
            root().stacktrace = true;
        }
    }

    /** True if {@code --no-color} was given anywhere on the command line. */
    public boolean noColor() {
        return noColor;
    }

    /** True if {@code --stacktrace} was given anywhere on the command line. */
    public boolean stacktrace() {
        return stacktrace;
    }

    private GlobalOptions root() {
        return mixee.root().userObject() instanceof GoconCommand gocon ? gocon.globals() : this;
    }
}
