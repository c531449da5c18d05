package dev.gocon.sched;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Constructor;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * gocon's own carrier threads for the goroutines of native runs: Go's scheduler in miniature, under
 * the JDK's virtual threads.
 *
 * <p>The JDK's scheduler (a ForkJoinPool) makes a woken virtual thread runnable and at once wakes an
 * idle carrier to take it. In a hand-over (a send that wakes a receiver, then waits for the answer)
 * that costs an OS thread's wake-up and a move to the other carrier on every message: on a quiet
 * two-core machine a ping-pong round trip took 2.4 µs, against 0.5 µs with one carrier. Go keeps such a
 * pair on one processor with {@code runnext}: the goroutine a running goroutine makes ready runs next
 * on the same processor, and an idle processor takes it only if it waited there for a few
 * microseconds. This pool does the same:
 * <ul>
 * <li>a goroutine woken by a goroutine running on a carrier goes into that carrier's {@code next}
 *     slot (the one it displaces goes to the back of the carrier's queue), and runs as soon as the
 *     waker parks;</li>
 * <li>a goroutine that yields, or is made ready by the carrier itself, goes to the back of the
 *     carrier's queue; one woken from outside (a timer, a platform thread) goes to the shared queue;</li>
 * <li>an idle carrier looks for work for a short while (spinning) before it sleeps: its own slot and
 *     queue, the shared queue, and half of another carrier's queue, once the first goroutine there
 *     has waited {@value #STEAL_QUEUED_NANOS} ns (Go takes it at once; waiting keeps goroutines that
 *     hand values to one another on one carrier: a select over two producers ran twice as fast with
 *     a 20 µs wait as with none, and 15% faster again with 100 µs). While goroutines are handed over
 *     on other carriers, it then naps a few microseconds at a time instead of sleeping, and takes a
 *     goroutine that waited in another carrier's {@code next} for a whole nap (that carrier is busy
 *     with a goroutine that does not park: Go waits {@value #STEAL_NEXT_NANOS} ns for the same).
 *     At most one carrier spins or naps at a time, and new work wakes a sleeping carrier only when
 *     none does, so a busy pair of goroutines costs an OS wake-up now and then, not one per
 *     message.</li>
 * </ul>
 *
 * <p>It needs {@code java.lang} opened to gocon (the jar's manifest says so), because the JDK has no
 * public way to give virtual threads another scheduler. Without it, {@link #factory} falls back to
 * the JDK's own scheduler, and everything still works, only slower in hand-overs.
 * {@code -Dgocon.carriers=jdk} chooses the JDK's scheduler on purpose.
 *
 * <p>The number of carriers is {@link NativeScheduler#parallelism()}, read when the first goroutine
 * starts; the carriers are daemon threads named {@code carrier-1}, {@code carrier-2}, ... and sleep
 * when there is no work.
 */
public final class CarrierPool implements Executor {

    /*
     * Implementation notes. Each carrier's queue is an ArrayDeque under its own monitor (taken for a
     * few instructions, and not at all when `queued` says it is empty; thieves take half from the
     * head). `next` is written by the goroutine running on that carrier (the JDK pins it while it
     * calls execute) or emptied by a thief with a CAS; `nextCount` counts the writes, so a thief can
     * tell "the same goroutine waited there all along" from "another one came": it takes the slot
     * only if the count did not move during its nap. The napping carrier holds the spinning count, so
     * hand-overs meanwhile wake no one, and it is asleep between looks, off the cache lines the busy
     * carrier writes on every hand-over (spinning on them cost ping-pong half its speed).
     *
     * No lost wake-up: a submitter stores its task, then reads `sleeping` and `spinning`; a carrier
     * going to sleep first stops spinning, looks again (also at the other carriers' `next`, and spins
     * again if one is full), marks itself sleeping, looks again, and only then parks. Whichever order
     * the two interleave in, either the carrier's last look finds the task, or the submitter sees a
     * carrier sleeping and no spinner, and wakes one (LockSupport.unpark leaves a permit if it has not
     * parked yet). Any woken carrier will do: it spins and takes what it finds.
     */

    /**
     * How long a napping carrier sleeps between looks at the other carriers' {@code next}: Go's 3 µs
     * (the OS may sleep longer: Linux adds up to 50 µs of timer slack).
     */
    static final long STEAL_NEXT_NANOS = 3_000;
    /**
     * How long the first goroutine of a carrier's queue waits before another carrier takes it (and
     * half the queue): goroutines that hand values to each other stay on one carrier meanwhile, and
     * one that waits behind a goroutine that does not park moves after 100 µs, too short for a person
     * watching a trace to see. Measured (docs/performance.md): a select over two producers took 383-418
     * ns with 20 µs and 327-352 ns with 100 µs in three JVMs each; 1 ms gave one JVM at 297-318 ns and
     * two at 381-455.
     */
    static final long STEAL_QUEUED_NANOS = 100_000;
    /** How long an idle carrier looks for work before it sleeps. */
    private static final long SPIN_NANOS = 20_000;
    /** How many naps in a row without a goroutine in another carrier's next end the watch. */
    private static final int IDLE_NAPS = 3;
    /** How many spin-wait hints a spinning carrier gives between two looks for work. */
    private static final int PAUSES_PER_LOOK = 16;
    /** How often a carrier looks at the shared queue before its own: Go's 61, for fairness. */
    private static final int SHARED_FIRST_EVERY = 61;

    private static final VarHandle NEXT;

    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(Carrier.class, "next", Runnable.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static volatile CarrierPool made;
    /** What a carrier's sleep returns when it must look for work again instead (never run). */
    private static final Runnable LOOK_AGAIN = () -> { };

    private final Carrier[] carriers;
    private final ConcurrentLinkedQueue<Runnable> shared = new ConcurrentLinkedQueue<>();
    private final AtomicInteger spinning = new AtomicInteger();
    private final AtomicInteger sleeping = new AtomicInteger();
    /** Where the next wake-up starts looking for a sleeping carrier: in turn, so all of them get work. */
    private int nextToWake;

    private CarrierPool(int size) {
        carriers = new Carrier[size];
        for (int i = 0; i < size; i++) {
            carriers[i] = new Carrier(this, i);
        }
    }

    private void start() {
        for (Carrier c : carriers) {
            c.start();
        }
    }

    /** The virtual-thread factory native runs start their goroutines with. */
    static ThreadFactory factory() {
        return Shared.FACTORY;
    }

    /**
     * The pool native runs start their goroutines on, or null if none has started one yet (and then
     * nothing is made by asking), or if they run on the JDK's scheduler.
     */
    public static CarrierPool current() {
        return made;
    }

    /** How many carriers there are: Go's {@code GOMAXPROCS}. */
    public int size() {
        return carriers.length;
    }

    /** How many carriers are running a goroutine right now. */
    public int busy() {
        int n = 0;
        for (Carrier c : carriers) {
            if (c.busy) {
                n++;
            }
        }
        return n;
    }

    /**
     * Makes a virtual thread's continuation runnable (the JDK calls this when one of the pool's
     * virtual threads starts, is unparked or yields).
     */
    @Override
    public void execute(Runnable task) {
        Thread t = Thread.currentThread();
        Carrier here = t.isVirtual() ? carrierOf(t) : (t instanceof Carrier c && c.pool == this ? c : null);
        if (here == null) {
            shared.add(task);
        } else if (t.isVirtual()) {
            // a goroutine on this carrier readied another: it runs next here, as in Go
            Runnable displaced = (Runnable) NEXT.getAndSet(here, task);
            here.nextCount++;
            if (displaced == null) {
                wakeIfNoneSpins();
                return;
            }
            here.push(displaced);
        } else {
            here.push(task);    // the carrier itself: a yield, or a park that was answered meanwhile
        }
        wakeIfNoneSpins();
    }

    /** Go's wakep: new work wakes a sleeping carrier, unless one is already looking for work. */
    private void wakeIfNoneSpins() {
        if (sleeping.get() == 0 || spinning.get() != 0 || !spinning.compareAndSet(0, 1)) {
            return;
        }
        int first = nextToWake++ & Integer.MAX_VALUE;   // racy on purpose: only spreads the wake-ups
        for (int k = 0; k < carriers.length; k++) {
            Carrier c = carriers[(first + k) % carriers.length];
            if (c.state == Carrier.ASLEEP && Carrier.STATE.compareAndSet(c, Carrier.ASLEEP, Carrier.WOKEN)) {
                LockSupport.unpark(c);
                return;     // it counts as spinning from now on
            }
        }
        spinning.decrementAndGet();   // they all woke meanwhile
    }

    private Carrier carrierOf(Thread virtual) {
        return Carriers.carrierOf(virtual) instanceof Carrier c && c.pool == this ? c : null;
    }

    /** One carrier thread: runs goroutines until the JVM ends, sleeping when there is nothing to run. */
    static final class Carrier extends Thread {
        private final CarrierPool pool;
        private final int index;
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        /** The queue's size, written under its lock, read without: no one locks an empty queue. */
        private volatile int queued;
        /** Since when the queue's first goroutine has waited there (at least), for thieves. */
        private volatile long headSince;
        volatile Runnable next;
        volatile long nextCount;
        volatile boolean busy;
        /** RUNNING, ASLEEP (may be woken), or WOKEN (a waker counted it as spinning). */
        volatile int state;
        private int tick;
        /** Whether this carrier is counted in the pool's {@code spinning}: it looks, or was woken to. */
        private boolean spinning;

        static final int RUNNING = 0;
        static final int ASLEEP = 1;
        static final int WOKEN = 2;
        static final VarHandle STATE;

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Carrier.class, "state", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        Carrier(CarrierPool pool, int index) {
            super(null, null, "carrier-" + (index + 1), 0, false);
            this.pool = pool;
            this.index = index;
            setDaemon(true);
        }

        void push(Runnable task) {
            synchronized (queue) {
                queue.addLast(task);
                queued = queue.size();
                if (queued == 1) {
                    headSince = System.nanoTime();
                }
            }
        }

        private Runnable poll() {
            if (queued == 0) {
                return null;
            }
            synchronized (queue) {
                Runnable task = queue.pollFirst();
                queued = queue.size();
                if (queued > 0) {
                    headSince = System.nanoTime();   // the next one waited at least this long: no older clock
                }
                return task;
            }
        }

        /**
         * Moves half of {@code victim}'s queue (at least one) to this one's and returns the first, once
         * the first has waited {@value #STEAL_QUEUED_NANOS} ns; null if there is none yet.
         */
        private Runnable stealHalf(Carrier victim) {
            Runnable first;
            Runnable[] rest;
            if (victim.queued == 0 || System.nanoTime() - victim.headSince < STEAL_QUEUED_NANOS) {
                return null;
            }
            synchronized (victim.queue) {
                int n = victim.queue.size();
                if (n == 0) {
                    return null;
                }
                first = victim.queue.pollFirst();
                rest = new Runnable[(n - 1) / 2];
                for (int i = 0; i < rest.length; i++) {
                    rest[i] = victim.queue.pollFirst();
                }
                victim.queued = victim.queue.size();
                victim.headSince = System.nanoTime();
            }
            if (rest.length > 0) {
                synchronized (queue) {
                    for (Runnable r : rest) {
                        queue.addLast(r);
                    }
                    queued = queue.size();
                }
            }
            return first;
        }

        @Override
        public void run() {
            while (true) {
                Runnable task = findWork();
                if (task == null) {
                    task = idle();
                    if (task == null) {
                        continue;
                    }
                } else if (spinning) {
                    spinning = false;   // woken to look for work, and found some at once
                    if (pool.spinning.decrementAndGet() == 0) {
                        pool.wakeIfNoneSpins();
                    }
                }
                busy = true;
                try {
                    task.run();
                } catch (Throwable e) {
                    // a continuation does not throw; keep the carrier alive whatever happens
                } finally {
                    busy = false;
                }
            }
        }

        /**
         * With no work at hand: spins and watches if no other carrier does, else sleeps. Returns the
         * work it found, or null to look again from the start.
         */
        private Runnable idle() {
            if (!spinning && pool.spinning.get() == 0 && pool.spinning.compareAndSet(0, 1)) {
                spinning = true;
            }
            if (spinning) {
                Runnable task = watch(spin());
                spinning = false;
                int left = pool.spinning.decrementAndGet();
                if (task != null) {
                    if (left == 0) {
                        pool.wakeIfNoneSpins();   // keep one looking while work keeps coming
                    }
                    return task;
                }
                if (othersHaveWork() && pool.spinning.compareAndSet(0, 1)) {
                    spinning = true;    // Go's last look: one came while it stopped looking
                    return null;
                }
            }
            Runnable task = sleep();
            if (task == null) {
                spinning = true;     // woken by wakeIfNoneSpins: counted as spinning
            }
            return task == LOOK_AGAIN ? null : task;
        }

        /** Another carrier whose {@code next} holds a goroutine, or null. */
        private Carrier othersNext() {
            Carrier[] all = pool.carriers;
            for (int k = 1; k < all.length; k++) {
                Carrier c = all[(index + k) % all.length];
                if (c.next != null) {
                    return c;
                }
            }
            return null;
        }

        /** True if another carrier holds a goroutine in its {@code next} or its queue. */
        private boolean othersHaveWork() {
            for (Carrier c : pool.carriers) {
                if (c != this && (c.next != null || c.queued != 0)) {
                    return true;
                }
            }
            return false;
        }

        /** Looks for work in the queues for SPIN_NANOS, now and then (each look reads lines others write). */
        private Runnable spin() {
            long start = System.nanoTime();
            while (true) {
                Runnable task = findWork();
                if (task != null || System.nanoTime() - start > SPIN_NANOS) {
                    return task;
                }
                for (int i = 0; i < PAUSES_PER_LOOK; i++) {
                    Thread.onSpinWait();
                }
            }
        }

        /**
         * After a spin that found nothing: while goroutines are handed over on other carriers (their
         * {@code next} seen full in the last {@value #IDLE_NAPS} naps), naps a few microseconds at a
         * time (the OS may make it more) and takes a goroutine that waited in another carrier's
         * {@code next} for a whole nap, its carrier busy with one that does not park (Go's runqgrab).
         * Still counted as spinning meanwhile, so the hand-overs wake no carrier, and asleep between
         * looks, so it stays off the lines they write.
         */
        private Runnable watch(Runnable found) {
            Runnable task = found;
            for (int idle = 0; task == null && idle < IDLE_NAPS; ) {
                Carrier victim = othersNext();
                if (victim == null) {
                    if (!othersHaveWork()) {
                        idle++;
                    }
                    LockSupport.parkNanos(STEAL_NEXT_NANOS);
                } else {
                    idle = 0;
                    Runnable waiting = victim.next;
                    long count = victim.nextCount;
                    LockSupport.parkNanos(STEAL_NEXT_NANOS);
                    if (waiting != null && victim.nextCount == count && NEXT.compareAndSet(victim, waiting, null)) {
                        return waiting;
                    }
                }
                task = findWork();
            }
            return task;
        }

        /**
         * Its own {@code next}, its queue, the shared queue (first, every 61st time), and half of
         * another carrier's queue.
         */
        private Runnable findWork() {
            Runnable task = (Runnable) NEXT.getAndSet(this, null);
            if (task != null) {
                return task;
            }
            if (++tick % SHARED_FIRST_EVERY == 0 && (task = pool.shared.poll()) != null) {
                return task;
            }
            if ((task = poll()) != null || (task = pool.shared.poll()) != null) {
                return task;
            }
            Carrier[] all = pool.carriers;
            for (int k = 1; k < all.length; k++) {
                if ((task = stealHalf(all[(index + k) % all.length])) != null) {
                    return task;
                }
            }
            return null;
        }

        /**
         * Sleeps until woken; returns work found on the last look, null once woken (and then counted
         * as spinning by the waker), or {@link #LOOK_AGAIN} if other carriers hold goroutines that no
         * carrier is looking at (too fresh to take yet: someone must come back for them).
         */
        private Runnable sleep() {
            state = ASLEEP;
            pool.sleeping.incrementAndGet();
            Runnable task = findWork();
            if (task == null && othersHaveWork() && pool.spinning.get() == 0) {
                task = LOOK_AGAIN;
            }
            if (task == null) {
                while (state != WOKEN) {
                    LockSupport.park(pool);
                }
            } else if (!STATE.compareAndSet(this, ASLEEP, RUNNING)) {
                pool.spinning.decrementAndGet();   // a waker counted it as spinning: it has work instead
            }
            state = RUNNING;
            pool.sleeping.decrementAndGet();
            return task;
        }
    }

    /** The JVM's pool, made when the first native goroutine starts. */
    private static final class Shared {
        static final ThreadFactory FACTORY;

        static {
            CarrierPool pool = null;
            ThreadFactory factory = null;
            if (Access.BUILDER != null) {
                try {
                    pool = new CarrierPool(NativeScheduler.parallelism());
                    factory = ((Thread.Builder.OfVirtual) Access.BUILDER.newInstance(pool)).factory();
                    pool.start();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    factory = null;     // goroutines use the JDK's scheduler
                }
            }
            made = factory == null ? null : pool;
            FACTORY = factory != null ? factory : Thread.ofVirtual().factory();
        }
    }

    /**
     * The JDK's builder of virtual threads on a scheduler of one's own, or null when {@code java.lang}
     * is not opened to gocon or {@code -Dgocon.carriers=jdk}: loaded without making the pool.
     */
    private static final class Access {
        static final Constructor<?> BUILDER = builder();

        private static Constructor<?> builder() {
            if ("jdk".equals(System.getProperty("gocon.carriers")) || !Carriers.readable()) {
                return null;
            }
            try {
                Constructor<?> withScheduler = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder")
                        .getDeclaredConstructor(Executor.class);
                withScheduler.setAccessible(true);
                return withScheduler;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    /** True if native runs' goroutines run (or will run) on gocon's carriers, without making them. */
    static boolean available() {
        return Access.BUILDER != null;
    }
}
