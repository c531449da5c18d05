package dev.gocon.app.repl;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Builds the command tree afresh, writing to the given streams ({@code Main::commandLine}, partly applied). */
@FunctionalInterface
public interface CommandTree {

    CommandLine create(PrintWriter out, PrintWriter err);
}
