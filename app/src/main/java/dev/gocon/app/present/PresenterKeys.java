package dev.gocon.app.present;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;

/**
 * The presenter's keys, read by a {@link ScreenKeys}, which also binds the paging keys it shares with
 * a lesson's walk.
 * <pre>
 *   Space, →, Enter, ↓, PgDn, n   next step or slide      ←, ↑, PgUp, Backspace, b   back
 *   r   run this slide's demo (again)  p   pause / resume it    s   one scheduling step
 *   +   faster                       -   slower               q   quit          Ctrl-C   quit (130)
 *   ?   a one-line reminder of the keys, on the status row
 * </pre>
 */
final class PresenterKeys {

    /** What a key asks for; {@link #NONE} when no key came in time, {@link #END} at the end of input. */
    enum Action { NEXT, BACK, RUN, PAUSE, STEP, FASTER, SLOWER, HELP, QUIT, INTERRUPT, IGNORE, NONE, END }

    /** The reminder {@code ?} shows. */
    static final String HELP = "Space/→ next · ← back · r demo · p pause · s step · +/- pace · q quit";

    private PresenterKeys() {
    }

    /** The presenter's keys on {@code terminal}. */
    static ScreenKeys<Action> of(Terminal terminal) {
        KeyMap<Action> map = ScreenKeys.pagingMap(terminal, Action.NEXT, Action.BACK, Action.IGNORE);
        map.bind(Action.NEXT, "\r", "\n");
        map.bind(Action.RUN, "r");
        map.bind(Action.PAUSE, "p");
        map.bind(Action.STEP, "s");
        map.bind(Action.FASTER, "+", "=");
        map.bind(Action.SLOWER, "-", "_");
        map.bind(Action.QUIT, "q", "Q");
        map.bind(Action.HELP, "?", "h");
        map.bind(Action.INTERRUPT, KeyMap.ctrl('C'));
        map.bind(Action.IGNORE, KeyMap.esc());
        return new ScreenKeys<>(terminal, map, Action.NONE, Action.END);
    }
}
