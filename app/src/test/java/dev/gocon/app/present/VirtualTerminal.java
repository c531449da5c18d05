package dev.gocon.app.present;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;

/** A JLine terminal of a fixed size whose keys the test types and whose screen bytes it reads. */
final class VirtualTerminal implements AutoCloseable {

    final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    final LineDisciplineTerminal terminal;

    VirtualTerminal(int width, int height) throws IOException {
        terminal = new LineDisciplineTerminal("virtual", "xterm-256color", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(width, height));
    }

    /** Types these keys, as bytes from the keyboard. */
    void type(String keys) throws IOException {
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything written to the screen so far. */
    String output() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
