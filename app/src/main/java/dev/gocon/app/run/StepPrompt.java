package dev.gocon.app.run;

import dev.gocon.app.render.markdown.Wrapper;
import dev.gocon.go.Chooser;
import dev.gocon.go.StepChoice;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code --step}: before each step of a stepped run, shows which goroutine is about to run and what it
 * will do, then waits. Enter takes the step, {@code c} continues to the end without asking again,
 * {@code q} (or Ctrl-C, or the end of input) stops the run.
 *
 * <p>The goroutine shown is the one the seed picks, so a stepped run and a plain run with the same seed
 * take the same path.
 */
final class StepPrompt implements Chooser {

    private final PrintStream out;
    private final Keys keys;
    private final int width;
    private boolean continuing;
    private boolean interrupted;

    StepPrompt(PrintStream out, Keys keys, int width) {
        this.out = out;
        this.keys = keys;
        this.width = width;
    }

    @Override
    public int choose(List<StepChoice> runnable, int suggested) {
        if (continuing) {
            return suggested;
        }
        StepChoice next = runnable.get(suggested);
        StringBuilder line = new StringBuilder("step> ").append(next);
        if (runnable.size() > 1) {
            line.append("   (").append(runnable.size() - 1).append(" more runnable)");
        }
        Wrapper.wrap(line.toString(), width).forEach(out::println);
        out.println("      [Enter] step   [c] continue   [q] stop");
        out.flush();
        while (true) {
            int key = keys.read();
            switch (key) {
                case '\n', ' ' -> {
                    return suggested;
                }
                case 'c', 'C' -> {
                    continuing = true;
                    return suggested;
                }
                case 'q', 'Q', -1 -> {
                    return STOP;
                }
                case Keys.CTRL_C -> {
                    interrupted = true;
                    return STOP;
                }
                default -> {
                    // any other key: keep waiting
                }
            }
        }
    }

    /** True if the learner pressed Ctrl-C at the prompt. */
    boolean interrupted() {
        return interrupted;
    }
}
