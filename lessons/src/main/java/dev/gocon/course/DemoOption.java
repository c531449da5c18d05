package dev.gocon.course;

/**
 * An option a demo accepts on the command line, such as {@code --tasks 100000}.
 *
 * @param name         the long option name, with its dashes: {@code --tasks}
 * @param label        the value's placeholder in the help: {@code N}; empty for a flag
 * @param defaultValue the value used when the option is absent ({@code "false"} for a flag)
 * @param description  one line of help
 */
public record DemoOption(String name, String label, String defaultValue, String description) {

    /** True for an option that takes no value. */
    public boolean isFlag() {
        return label.isEmpty();
    }
}
