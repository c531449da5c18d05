package dev.gocon.go;

import dev.gocon.trace.TraceEvent.BlockReason;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Waits on several channel operations at once and runs exactly one: Go's {@code select} statement.
 *
 * <p>Like a waiter watching the kitchen pass and the front door at once: whichever needs them first
 * gets them, and if both do, they pick one at random rather than always favouring the same.
 *
 * <pre>{@code
 * Select.select(
 *     Select.receive(orders, o -> cook(o)),                 // case o := <-orders:
 *     Select.receive(ctx.done(), x -> stop()),              // case <-ctx.Done():
 *     Select.otherwise(() -> idle()));                      // default:
 * }</pre>
 *
 * <ul>
 *   <li>With several ready cases, one is picked uniformly at random.</li>
 *   <li>With none ready it blocks until one is, unless an {@link #otherwise} case is given, which then
 *       runs at once: the non-blocking form.</li>
 *   <li>Cases on the {@link Channel#nil() nil channel} are never chosen; {@code select()} with no cases
 *       blocks forever.</li>
 *   <li>A select completes exactly one case, never two, and never matches its own send with its own
 *       receive. A send case on a closed channel panics if it is chosen.</li>
 * </ul>
 * For a timeout, add {@code Select.receive(Go.after(d), t -> ...)}.
 *
 * <p>Memory consistency effects: those of the channel operation that ran.
 */
public final class Select {

    /*
     * Implementation notes. This follows Go's runtime/select.go: lock every channel involved in id
     * order, look for ready cases, pick one uniformly (so no allocation for a permutation: count the
     * ready cases and draw one), else enqueue one Waiter per case, unlock and park. The goroutine's
     * selectDone flag lets exactly one waker win; after waking, the select locks all channels again
     * and removes its other waiters.
     */

    private Select() {
    }

    /** One case of a select. */
    public sealed interface Case permits RecvCase, SendCase, DefaultCase {
    }

    static final class RecvCase<T> implements Case {
        final Channel<T> ch;
        final Consumer<? super T> then;
        final BiConsumer<? super T, Boolean> thenOk;

        RecvCase(Channel<T> ch, Consumer<? super T> then, BiConsumer<? super T, Boolean> thenOk) {
            this.ch = ch;
            this.then = then;
            this.thenOk = thenOk;
        }
    }

    static final class SendCase<T> implements Case {
        final Channel<T> ch;
        final T value;
        final Runnable then;

        SendCase(Channel<T> ch, T value, Runnable then) {
            this.ch = ch;
            this.value = value;
            this.then = then;
        }
    }

    static final class DefaultCase implements Case {
        final Runnable then;

        DefaultCase(Runnable then) {
            this.then = then;
        }
    }

    /** {@code case v := <-ch:} then runs {@code then.accept(v)} (v is null if closed). {@code then} may be null. */
    public static <T> Case receive(Channel<T> ch, Consumer<? super T> then) {
        return new RecvCase<>(ch, then, null);
    }

    /** {@code case v := <-ch:} on a receive-only view. */
    public static <T> Case receive(ReceiveChannel<T> ch, Consumer<? super T> then) {
        return new RecvCase<>((Channel<T>) ch, then, null);
    }

    /** {@code case v, ok := <-ch:} then runs {@code then.accept(v, ok)}. */
    public static <T> Case receive(Channel<T> ch, BiConsumer<? super T, Boolean> then) {
        return new RecvCase<>(ch, null, then);
    }

    /** {@code case v, ok := <-ch:} on a receive-only view. */
    public static <T> Case receive(ReceiveChannel<T> ch, BiConsumer<? super T, Boolean> then) {
        return new RecvCase<>((Channel<T>) ch, null, then);
    }

    /** {@code case ch <- value:} then runs {@code then} (may be null). */
    public static <T> Case send(Channel<T> ch, T value, Runnable then) {
        return new SendCase<>(ch, value, then);
    }

    /** {@code case ch <- value:} on a send-only view. */
    public static <T> Case send(SendChannel<T> ch, T value, Runnable then) {
        return new SendCase<>((Channel<T>) ch, value, then);
    }

    /** {@code default:} runs {@code then} (may be null) when no other case is ready; the select never blocks. */
    public static Case otherwise(Runnable then) {
        return new DefaultCase(then);
    }

    /**
     * Runs one ready case, blocking until one is ready unless there is an {@link #otherwise} case.
     *
     * @return the index of the case that ran
     * @throws Panic "send on closed channel" if a chosen send case's channel is closed
     * @throws IllegalArgumentException if more than one {@code otherwise} case is given
     */
    public static int select(Case... cases) {
        Goroutine g = Goroutine.current();
        Run rt = g.run;
        rt.beforeOperation(g, cases, Select::describe);
        int n = cases.length;
        int dflt = -1;
        for (int i = 0; i < n; i++) {
            if (cases[i] instanceof DefaultCase) {
                if (dflt >= 0) {
                    throw new IllegalArgumentException("multiple defaults in select");
                }
                dflt = i;
            }
        }
        Channel<?>[] order = lockOrder(cases);
        lockAll(order);
        while (true) {
            int ready = 0;
            for (Case c : cases) {
                if (isReady(c)) {
                    ready++;
                }
            }
            if (ready == 0) {
                break;
            }
            int i = readyCase(cases, rt.sched.pickCase(g.strand, ready, k -> describe(cases[readyCase(cases, k)])));
            int done = complete(g, rt, cases, i, order);
            if (done >= 0) {
                return done;
            }
            // the waiter that made case i look ready was won by another select meanwhile: look again
        }
        if (dflt >= 0) {
            unlockAll(order);
            rt.events.selectChoice(g, dflt, cases[dflt]);
            rt.events.deliver();
            Runnable r = ((DefaultCase) cases[dflt]).then;
            if (r != null) {
                r.run();
            }
            return dflt;
        }
        if (order.length == 0) {
            Channel.blockForever(g, BlockReason.SELECT, n == 0 ? "no cases" : "only nil channels");
        }
        // nothing ready: wait on every case
        g.param = null;
        g.selectDone = 0;
        Waiter[] ws = g.selectWaiters(n);
        for (int i = 0; i < n; i++) {
            Case c = cases[i];
            Waiter w = ws[i];
            if (c instanceof SendCase<?> s && !s.ch.isNil()) {
                w.set(g, s.value, rt.events.nextMessage());
                s.ch.sendq.enqueue(w);
            } else if (c instanceof RecvCase<?> r && !r.ch.isNil()) {
                w.set(g, null, 0);
                r.ch.recvq.enqueue(w);
            } else {
                continue;
            }
            w.isSelect = true;
        }
        Channel<?> first = order[0];
        String detail = noCaseReady(order.length);
        g.blockOn(BlockReason.SELECT, first.ref(), detail);
        rt.events.block(g, BlockReason.SELECT, first.ref(), detail);
        unlockAll(order);
        Channel.park(g);
        lockAll(order);
        Waiter win = g.param;
        g.param = null;
        int i = -1;
        for (int k = 0; k < n; k++) {
            Waiter w = ws[k];
            if (w == win) {
                i = k;
            } else if (cases[k] instanceof SendCase<?> s) {
                s.ch.sendq.remove(w);
            } else if (cases[k] instanceof RecvCase<?> r) {
                r.ch.recvq.remove(w);
            }
        }
        unlockAll(order);
        Case c = cases[i];
        rt.events.selectChoice(g, i, c);
        if (c instanceof SendCase<?> s) {
            rt.events.deliver();
            if (!win.success) {
                throw new Panic("send on closed channel");
            }
            if (s.then != null) {
                s.then.run();
            }
        } else {
            RecvCase<?> r = (RecvCase<?>) c;
            if (!win.success) {
                rt.events.receiveClosed(g, r.ch);
            }
            rt.events.deliver();
            Object v = win.elem;
            win.elem = null;
            deliver(r, v, win.success);
        }
        return i;
    }

    @SuppressWarnings("unchecked")
    private static <T> void deliver(RecvCase<T> r, Object v, boolean ok) {
        if (r.then != null) {
            r.then.accept((T) v);
        } else if (r.thenOk != null) {
            r.thenOk.accept((T) v, ok);
        }
    }

    /** Runs ready case i with every channel locked and unlocks them; -1 (still locked) if it was not ready after all. */
    private static int complete(Goroutine g, Run rt, Case[] cases, int i, Channel<?>[] order) {
        Case c = cases[i];
        if (c instanceof SendCase<?> s) {
            if (s.ch.closedLocked()) {
                unlockAll(order);
                throw new Panic("send on closed channel");
            }
            Waiter w = s.ch.sendLocked(g, s.value);
            if (w == Channel.NOT_READY) {
                return -1;
            }
            unlockAll(order);
            if (w != null) {
                Channel.wake(g, w);
            }
            rt.events.selectChoice(g, i, c);
            rt.events.deliver();
            if (s.then != null) {
                s.then.run();
            }
        } else {
            RecvCase<?> r = (RecvCase<?>) c;
            Object v = r.ch.recvLocked(g);
            if (v == Channel.NOTHING) {
                return -1;
            }
            boolean ok = g.lastOk;
            Waiter w = g.param;
            g.param = null;
            unlockAll(order);
            if (w != null) {
                Channel.wake(g, w);
            }
            rt.events.selectChoice(g, i, c);
            rt.events.deliver();
            deliver(r, v, ok);
        }
        return i;
    }

    /** The index in {@code cases} of the {@code k}-th ready case (from 0); the channels are locked. */
    private static int readyCase(Case[] cases, int k) {
        for (int i = 0; ; i++) {
            if (isReady(cases[i]) && k-- == 0) {
                return i;
            }
        }
    }

    private static boolean isReady(Case c) {
        if (c instanceof RecvCase<?> r) {
            return !r.ch.isNil() && r.ch.recvReadyLocked();
        }
        if (c instanceof SendCase<?> s) {
            return !s.ch.isNil() && s.ch.sendReadyLocked();
        }
        return false;
    }

    /** The distinct non-nil channels, sorted by lock rank: the order in which they are locked. */
    static Channel<?>[] lockOrder(Case[] cases) {
        Channel<?>[] a = new Channel<?>[cases.length];
        int n = 0;
        for (Case c : cases) {
            Channel<?> ch = c instanceof RecvCase<?> r ? r.ch : c instanceof SendCase<?> s ? s.ch : null;
            if (ch == null || ch.isNil()) {
                continue;
            }
            int j = n;
            boolean dup = false;
            for (int k = 0; k < n; k++) {
                if (a[k] == ch) {
                    dup = true;
                    break;
                }
            }
            if (dup) {
                continue;
            }
            while (j > 0 && a[j - 1].lockRank > ch.lockRank) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = ch;
            n++;
        }
        return n == a.length ? a : java.util.Arrays.copyOf(a, n);
    }

    /** The block detail of a select waiting on {@code channels} channels, made once for small counts. */
    private static String noCaseReady(int channels) {
        return channels < NO_CASE_READY.length ? NO_CASE_READY[channels] : "no case ready on " + channels + " channels";
    }

    private static final String[] NO_CASE_READY = new String[9];

    static {
        NO_CASE_READY[1] = "no case ready";
        for (int n = 2; n < NO_CASE_READY.length; n++) {
            NO_CASE_READY[n] = "no case ready on " + n + " channels";
        }
    }

    private static void lockAll(Channel<?>[] order) {
        for (Channel<?> c : order) {
            c.lock.lock();
        }
    }

    private static void unlockAll(Channel<?>[] order) {
        for (int i = order.length - 1; i >= 0; i--) {
            order[i].lock.unlock();
        }
    }

    static String describe(Case c) {
        if (c instanceof RecvCase<?> r) {
            return "<-" + r.ch.label();
        }
        if (c instanceof SendCase<?> s) {
            return s.ch.label() + " <- " + Run.show(s.value);
        }
        return "default";
    }

    private static String describe(Case[] cases) {
        StringBuilder b = new StringBuilder("select {");
        boolean anyReady = false;
        boolean dflt = false;
        for (int i = 0; i < cases.length; i++) {
            b.append(i == 0 ? " " : " | ").append(describe(cases[i]));
            anyReady |= isReady(cases[i]);
            dflt |= cases[i] instanceof DefaultCase;
        }
        b.append(" }");
        if (!anyReady && !dflt) {
            b.append(" (will block: no case ready)");
        }
        return b.toString();
    }
}
