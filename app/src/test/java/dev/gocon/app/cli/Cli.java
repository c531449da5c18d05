package dev.gocon.app.cli;

import dev.gocon.app.term.Console;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the real command tree in-process with captured output, as tests need it. */
record Cli(int exitCode, String out, String err) {

    /** Runs {@code gocon args...} as if piped, with an empty environment. */
    static Cli run(String... args) {
        return run(Console.piped(Map.of()), args);
    }

    static Cli run(Console console, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GoconCommand.commandLine(console,
                new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    boolean hasEscapeBytes() {
        return out.indexOf('\u001b') >= 0 || err.indexOf('\u001b') >= 0;
    }
}
