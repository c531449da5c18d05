package dev.gocon.app.present;

import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;
import org.jline.utils.NonBlockingReader;

/**
 * The keyboard of a program that has the whole screen ({@link FullScreen}): reads the terminal's keys
 * and says which of the program's actions each one asks for. The presenter ({@link PresenterKeys}) and
 * a lesson's walk bind their own keys on a map from {@link #pagingMap}, so that both page alike:
 * <pre>
 *   Space, →, ↓, PgDn, n, j   on          ←, ↑, PgUp, Backspace, b, k   back
 * </pre>
 * The arrows and page keys are bound as the terminal sends them in either keypad mode, and as its
 * terminfo names them.
 *
 * @param <A> the program's actions
 */
public final class ScreenKeys<A> {

    private final BindingReader reader;
    private final KeyMap<A> map;
    private final A none;
    private final A end;

    /**
     * @param none what {@link #read} returns when no key came in time
     * @param end  what it returns at the end of input
     */
    public ScreenKeys(Terminal terminal, KeyMap<A> map, A none, A end) {
        this.reader = new BindingReader(terminal.reader());
        this.map = map;
        this.none = none;
        this.end = end;
    }

    /**
     * A map with the paging keys bound to {@code next} and {@code back}, and every key not bound
     * (now or later) to {@code ignore}.
     */
    public static <A> KeyMap<A> pagingMap(Terminal terminal, A next, A back, A ignore) {
        KeyMap<A> map = new KeyMap<>();
        map.setNomatch(ignore);
        map.setUnicode(ignore);
        map.setAmbiguousTimeout(150);
        map.bind(next, " ", "n", "j", "\033[C", "\033OC", "\033[B", "\033OB", "\033[6~");
        map.bind(back, "b", "k", "\177", "\b", "\033[D", "\033OD", "\033[A", "\033OA", "\033[5~");
        for (Capability key : new Capability[] {Capability.key_right, Capability.key_down, Capability.key_npage}) {
            bind(map, terminal, next, key);
        }
        for (Capability key : new Capability[] {Capability.key_left, Capability.key_up, Capability.key_ppage}) {
            bind(map, terminal, back, key);
        }
        return map;
    }

    /** Waits up to {@code millis} for a key and returns what it asks for. */
    public A read(long millis) {
        int c = reader.peekCharacter(millis);
        if (c == NonBlockingReader.READ_EXPIRED) {
            return none;
        }
        if (c == NonBlockingReader.EOF) {
            return end;
        }
        A action = reader.readBinding(map);
        return action == null ? end : action;
    }

    /** The keys of the last action read, such as the digit typed. */
    public String lastKeys() {
        return reader.getLastBinding();
    }

    private static <A> void bind(KeyMap<A> map, Terminal terminal, A action, Capability key) {
        String sequence = KeyMap.key(terminal, key);
        if (sequence != null && !sequence.isEmpty()) {
            map.bind(action, sequence);
        }
    }
}
