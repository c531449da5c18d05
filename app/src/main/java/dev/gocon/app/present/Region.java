package dev.gocon.app.present;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * The part of a screen where a demo draws while it runs: under a slide's text and above the status row
 * ({@link SlideScreen#demoArea}), or beside or under a section of the walk of {@code gocon lesson}. A demo
 * (its live trace renderer) calls {@link #draw} with a whole frame each time; the {@link DemoSlot} clips
 * it to the region and the screen redraws only what changed. The size may change
 * between two frames (the terminal was resized), so a demo reads it afresh for each.
 *
 * <p>Thread safety: {@link #draw} may be called from any thread, such as the trace's render thread.
 */
public interface Region {

    /** The columns available. */
    int width();

    /** The rows available. */
    int height();

    /** Replaces what the region shows. Lines beyond {@link #height()} or {@link #width()} are cut off. */
    void draw(List<AttributedString> lines);
}
