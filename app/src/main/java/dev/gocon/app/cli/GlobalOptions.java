package dev.gocon.app.cli;

import java.util.List;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The options every command accepts: {@code --no-color} and {@code --stacktrace}.
 *
 * <p>The root command carries them ({@link #options()}), and picocli gives them to every subcommand
 * ({@link ScopeType#INHERIT}), so they may stand anywhere on the line
 * ({@code gocon lesson kitchens --no-color}); wherever one is given, it sets the flag here, the one
 * place the rest of the program reads. Picocli resets the flags to false at the start of every parse,
 * so at the prompt, where one command tree serves every line, an option given on one line does not
 * hold for the next.
 */
public final class GlobalOptions {

    private final Flag noColor = new Flag();
    private final Flag stacktrace = new Flag();

    /** True if {@code --no-color} was given anywhere on the command line. */
    public boolean noColor() {
        return noColor.value;
    }

    /** True if {@code --stacktrace} was given anywhere on the command line. */
    public boolean stacktrace() {
        return stacktrace.value;
    }

    /** True if {@code arg} is one of these options. */
    static boolean isGlobal(String arg) {
        return arg.equals("--no-color") || arg.equals("--stacktrace");
    }

    /**
     * The two options, bound to this object's flags and inherited by every subcommand. They are built
     * with picocli's programmatic API, as the root command is ({@link GoconCommand#root}), so that
     * starting gocon reads no annotation for them.
     */
    List<OptionSpec> options() {
        return List.of(
                option("--no-color", "Print no colours or styles, even on a terminal.", noColor),
                option("--stacktrace", "Print the stack trace of an error, for bug reports.", stacktrace));
    }

    private static OptionSpec option(String name, String description, Flag flag) {
        return OptionSpec.builder(name)
                .type(boolean.class)
                .arity("0")
                .initialValue(false)
                .scopeType(ScopeType.INHERIT)
                .description(description)
                .getter(flag)
                .setter(flag)
                .build();
    }

    /* Where picocli reads and writes one option's value. */
    private static final class Flag implements IGetter, ISetter {

        private boolean value;

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) Boolean.valueOf(value);
        }

        @Override
        public <T> T set(T newValue) {
            T old = get();
            value = (Boolean) newValue;
            return old;
        }
    }
}
