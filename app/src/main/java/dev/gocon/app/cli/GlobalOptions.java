package dev.gocon.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts: {@code --no-color} and {@code --stacktrace}.
 *
 * <p>The root command mixes this in, and picocli gives the options to every subcommand
 * ({@link ScopeType#INHERIT}), so they may stand anywhere on the line
 * ({@code gocon lesson kitchens --no-color}); wherever one is given, it sets the field here, the one
 * place the rest of the program reads. Picocli resets the fields to false at the start of every parse,
 * so at the prompt, where one command tree serves every line, an option given on one line does not
 * hold for the next.
 */
public final class GlobalOptions {

    @Option(names = "--no-color", scope = ScopeType.INHERIT,
            description = "Print no colours or styles, even on a terminal.")
    private boolean noColor;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error, for bug reports.")
    private boolean stacktrace;

    /** True if {@code --no-color} was given anywhere on the command line. */
    public boolean noColor() {
        return noColor;
    }

    /** True if {@code --stacktrace} was given anywhere on the command line. */
    public boolean stacktrace() {
        return stacktrace;
    }
}
