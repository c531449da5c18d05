package dev.gocon.app.present;

import java.io.IOException;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The presenter's keyboard: reads the terminal's keys and says what each one asks for.
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

    private final BindingReader reader;
    private final KeyMap<Action> map;

    PresenterKeys(Terminal terminal) {
        this.reader = new BindingReader(terminal.reader());
        this.map = keyMap(terminal);
    }

    /** Waits up to {@code millis} for a key and returns what it asks for. */
    Action read(long millis) throws IOException {
        int c = reader.peekCharacter(millis);
        if (c == NonBlockingReader.READ_EXPIRED) {
            return Action.NONE;
        }
        if (c == NonBlockingReader.EOF) {
            return Action.END;
        }
        Action action = reader.readBinding(map);
        return action == null ? Action.END : action;
    }

    private static KeyMap<Action> keyMap(Terminal terminal) {
        KeyMap<Action> map = new KeyMap<>();
        map.setNomatch(Action.IGNORE);
        map.setUnicode(Action.IGNORE);
        map.setAmbiguousTimeout(150);
        map.bind(Action.NEXT, " ", "\r", "\n", "n", "j", "\033[C", "\033OC", "\033[B", "\033OB", "\033[6~");
        map.bind(Action.BACK, "b", "k", "\177", "\b", "\033[D", "\033OD", "\033[A", "\033OA", "\033[5~");
        for (Capability key : new Capability[] {Capability.key_right, Capability.key_down, Capability.key_npage}) {
            bind(map, terminal, Action.NEXT, key);
        }
        for (Capability key : new Capability[] {Capability.key_left, Capability.key_up, Capability.key_ppage}) {
            bind(map, terminal, Action.BACK, key);
        }
        map.bind(Action.RUN, "r");
        map.bind(Action.PAUSE, "p");
        map.bind(Action.STEP, "s");
        map.bind(Action.FASTER, "+", "=");
        map.bind(Action.SLOWER, "-", "_");
        map.bind(Action.QUIT, "q", "Q");
        map.bind(Action.HELP, "?", "h");
        map.bind(Action.INTERRUPT, KeyMap.ctrl('C'));
        map.bind(Action.IGNORE, KeyMap.esc());
        return map;
    }

    private static void bind(KeyMap<Action> map, Terminal terminal, Action action, Capability key) {
        String sequence = KeyMap.key(terminal, key);
        if (sequence != null && !sequence.isEmpty()) {
            map.bind(action, sequence);
        }
    }
}
