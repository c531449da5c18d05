package dev.gocon.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code gocon --version}: the gocon version, the git commit it was built from, and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/gocon/app/version.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String commit = known(build.getProperty("commit"));
        if (Boolean.parseBoolean(build.getProperty("dirty"))) {
            commit += " (with uncommitted changes)";
        }
        return new String[] {
                "gocon " + known(build.getProperty("version")),
                "commit " + commit,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", "
                        + System.getProperty("java.home") + ")",
        };
    }

    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
    }
}
