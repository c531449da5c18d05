package dev.gocon.app.present;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * How slides look. {@link #PROJECTOR} is for a room: high contrast, with no faint (dim) text and no dark
 * blue, which a projector washes out; {@link #DEFAULT} keeps the lesson renderer's own styles.
 */
public enum Theme {

    /** The styles of {@code gocon lesson}. */
    DEFAULT,
    /** High contrast for a projector: faint becomes normal, dark blue becomes bright cyan, headings bright. */
    PROJECTOR;

    /*
     * JLine keeps a style as bits; F_FAINT (2) and the indexed foreground (bit 8, colour from bit 15)
     * are package-private there, so their values are repeated here.
     */
    private static final long FAINT_BIT = 2L;
    private static final long FOREGROUND_INDEXED = 256L;
    private static final int FOREGROUND_SHIFT = 15;
    private static final long FOREGROUND_COLOR = 0xFFL << FOREGROUND_SHIFT;

    /** A line in this theme's styles. */
    public AttributedString apply(AttributedString line) {
        if (this == DEFAULT) {
            return line;
        }
        AttributedStringBuilder out = new AttributedStringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            out.style(projector(line.styleAt(i))).append(line.charAt(i));
        }
        return out.toAttributedString();
    }

    /** The style of the footer (lesson title and slide counter). */
    public AttributedStyle footer() {
        return this == PROJECTOR ? AttributedStyle.BOLD : AttributedStyle.DEFAULT.faint();
    }

    /** The style of the demo's status line and of messages to the presenter. */
    public AttributedStyle status() {
        return this == PROJECTOR ? AttributedStyle.BOLD.foreground(AttributedStyle.BRIGHT | AttributedStyle.YELLOW)
                : AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    }

    /** True if {@code style} would be drawn faint. */
    public static boolean isFaint(AttributedStyle style) {
        return (style.getStyle() & FAINT_BIT) != 0;
    }

    private static AttributedStyle projector(AttributedStyle style) {
        AttributedStyle out = isFaint(style) ? style.faintOff() : style;
        long bits = style.getStyle();
        if ((bits & FOREGROUND_INDEXED) != 0) {
            int color = (int) ((bits & FOREGROUND_COLOR) >>> FOREGROUND_SHIFT);
            if (color == AttributedStyle.BLUE || color == AttributedStyle.CYAN) {
                out = out.foreground(AttributedStyle.BRIGHT | AttributedStyle.CYAN);
            }
        }
        return out;
    }
}
