package dev.gocon.app.exercise;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where gocon keeps what it remembers between runs: the progress file and the REPL's history.
 *
 * <p>It is {@code $XDG_STATE_HOME/gocon}, or {@code ~/.local/state/gocon} when that variable is unset
 * or empty (the XD Base Directory specification's default). The folder is created by whoever first
 * writes into it.
 */
public final class StateDirectory {

    private StateDirectory() {
    }

    /** The state folder for this environment and home folder. */
    public static Path of(Map<String, String> environment, Path home) {
        String xdg = environment.getOrDefault("XDG_STATE_HOME", "");
        Path base = xdg.isBlank() ? home.resolve(".local").resolve("state") : Path.of(xdg);
        return base.resolve("gocon");
    }

    /** The state folder of this process: its environment and {@code user.home}. */
    public static Path ofProcess() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
