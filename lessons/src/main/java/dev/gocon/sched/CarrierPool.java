package dev.gocon.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 *     queue, the shared queue, half of another carrier's queue, and a {@code next} that has waited
 *     there for {@value #STEAL_NEXT_NANOS} ns (its carrier is busy with a goroutine that does not
 *     park). At most one carrier spins at a time, and new work wakes a sleeping carrier only when none
 *     spins, so a busy pair of goroutines costs one OS wake-up per spin, not one per message.</li>
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
     * Implementation notes. Each carrier's queue is an ArrayDeque under the carrier's own monitor
     * (taken for a few instructions; thieves take half from the head). `next` is written by the
     * goroutine running on that carrier (it is pinned while the JDK calls execute) or emptied by a
     * thief with a CAS; `nextCount` counts the writes, so a thief can tell "the same goroutine has
     * waited there all along" from "another one came": it takes the slot only if the count has not
     * moved for STEAL_NEXT_NANOS.
     *
     * No lost wake-up: a submitter stores its task, then reads `spinning`, then `sleeping`; a carrier
     * going to sleep first stops spinning, looks again, marks itself sleeping, looks again, and only
     * then parks. Whichever order the two interleave in, either the carrier's last look finds the
     * task, or the submitter sees the carrier sleeping and wakes one (LockSupport.unpark leaves a
     * permit if it has not parked yet). Any woken carrier will do: it spins and takes what it finds.
     */

    /** How long a goroutine waits in a busy carrier's {@code next} before an idle carrier takes it. */
    static final long STEAL_NEXT_NANOS = 3_000;
    /** How long an idle carrier looks for work before it sleeps. */
    private static final long SPIN_NANOS = 20_000;
    /** How often a carrier looks at the shared queue before its own: Go's 61, for fairness. */
    private static final int SHARED_FIRST_EVERY = 61;

    private static final VarHandle NEXT;
    private static final MethodHandle CARRIER_OF;

    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(Carrier.class, "next", Runnable.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        CARRIER_OF = carrierField();
    }

    private final Carrier[] carriers;
    private final ConcurrentLinkedQueue<Runnable> shared = new ConcurrentLinkedQueue<>();
    private final AtomicInteger spinning = new AtomicInteger();
    private final AtomicInteger sleeping = new AtomicInteger();

    private CarrierPool(int size) {
        carriers = new Carrier[size];
        for (int i = 0; i < size; i++) {
            carriers[i] = new Carrier(this, i);
        }
        for (Carrier c : carriers) {
            c.start();
        }
    }

    /** The virtual-thread factory native runs start their goroutines with. */
    static ThreadFactory factory() {
        return Shared.FACTORY;
    }

    /** The pool of this JVM, or null when goroutines run on the JDK's scheduler. */
    public static CarrierPool shared() {
        return Shared.POOL;
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
        for (Carrier c : carriers) {
            if (c.state == Carrier.ASLEEP && Carrier.STATE.compareAndSet(c, Carrier.ASLEEP, Carrier.WOKEN)) {
                LockSupport.unpark(c);
                return;     // it counts as spinning from now on
            }
        }
        spinning.decrementAndGet();   // they all woke meanwhile
    }

    private Carrier carrierOf(Thread virtual) {
        try {
            return (Thread) CARRIER_OF.invokeExact(virtual) instanceof Carrier c && c.pool == this ? c : null;
        } catch (Throwable e) {
            return null;
        }
    }

    /** One carrier thread: runs goroutines until the JVM ends, sleeping when there is nothing to run. */
    static final class Carrier extends Thread {
        private final CarrierPool pool;
        private final int index;
        private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        volatile Runnable next;
        volatile long nextCount;
        volatile boolean busy;
        /** RUNNING, ASLEEP (may be woken), or WOKEN (a waker counted it as spinning). */
        volatile int state;
        private int tick;

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
            }
        }

        private Runnable poll() {
            synchronized (queue) {
                return queue.pollFirst();
            }
        }

        /** Moves half of {@code victim}'s queue (at least one) to this one's; returns the first. */
        private Runnable stealHalf(Carrier victim) {
            Runnable first;
            Runnable[] rest;
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
            }
            if (rest.length > 0) {
                synchronized (queue) {
                    for (Runnable r : rest) {
                        queue.addLast(r);
                    }
                }
            }
            return first;
        }

        @Override
        public void run() {
            boolean spinning = false;
            long[] seenCount = new long[pool.carriers.length];
            long[] seenSince = new long[pool.carriers.length];
            while (true) {
                Runnable task = findWork(null, null);
                if (task == null) {
                    if (!spinning && pool.spinning.get() == 0 && pool.spinning.compareAndSet(0, 1)) {
                        spinning = true;
                    }
                    if (spinning) {
                        task = spin(seenCount, seenSince);
                        spinning = false;
                        if (pool.spinning.decrementAndGet() == 0 && task != null) {
                            pool.wakeIfNoneSpins();   // keep one looking while work keeps coming
                        }
                    }
                    if (task == null) {
                        task = sleep();
                        if (task == null) {
                            spinning = true;     // woken by wakeIfNoneSpins: counted as spinning
                            continue;
                        }
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

        /** Looks for work for SPIN_NANOS; also takes a {@code next} that waited long enough. */
        private Runnable spin(long[] seenCount, long[] seenSince) {
            long start = System.nanoTime();
            for (int i = 0; i < seenCount.length; i++) {
                seenCount[i] = -1;
            }
            while (true) {
                long now = System.nanoTime();
                Runnable task = findWork(seenCount, seenSince, now);
                if (task != null || now - start > SPIN_NANOS) {
                    return task;
                }
                Thread.onSpinWait();
            }
        }

        private Runnable findWork(long[] seenCount, long[] seenSince) {
            return findWork(seenCount, seenSince, 0);
        }

        /**
         * Its own {@code next}, its queue, the shared queue (first, every 61st time), half of another
         * carrier's queue, and with {@code seenCount} another's {@code next} unchanged for long enough.
         */
        private Runnable findWork(long[] seenCount, long[] seenSince, long now) {
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
                Carrier victim = all[(index + k) % all.length];
                if ((task = stealHalf(victim)) != null) {
                    return task;
                }
                if (seenCount != null && (task = stealNext(victim, seenCount, seenSince, now)) != null) {
                    return task;
                }
            }
            return null;
        }

        private Runnable stealNext(Carrier victim, long[] seenCount, long[] seenSince, long now) {
            Runnable waiting = victim.next;
            long count = victim.nextCount;
            if (waiting == null) {
                return null;
            }
            if (seenCount[victim.index] != count) {
                seenCount[victim.index] = count;
                seenSince[victim.index] = now;
                return null;
            }
            if (now - seenSince[victim.index] >= STEAL_NEXT_NANOS && NEXT.compareAndSet(victim, waiting, null)) {
                return waiting;
            }
            return null;
        }

        /**
         * Sleeps until woken; returns work found on the last look, or null once woken (and then counted
         * as spinning by the waker).
         */
        private Runnable sleep() {
            state = ASLEEP;
            pool.sleeping.incrementAndGet();
            Runnable task = findWork(null, null);
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
        static final CarrierPool POOL;
        static final ThreadFactory FACTORY;

        static {
            ThreadFactory factory = null;
            CarrierPool pool = null;
            if (!"jdk".equals(System.getProperty("gocon.carriers")) && CARRIER_OF != null) {
                try {
                    Class<?> builder = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
                    Constructor<?> withScheduler = builder.getDeclaredConstructor(Executor.class);
                    withScheduler.setAccessible(true);
                    CarrierPool made = new CarrierPool(NativeScheduler.parallelism());
                    factory = ((Thread.Builder.OfVirtual) withScheduler.newInstance(made)).factory();
                    pool = made;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    factory = null;     // java.lang not opened to gocon: the JDK's scheduler
                }
            }
            POOL = pool;
            FACTORY = factory != null ? factory : Thread.ofVirtual().factory();
        }
    }

    private static MethodHandle carrierField() {
        try {
            Class<?> virtualThread = Class.forName("java.lang.VirtualThread");
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(virtualThread, MethodHandles.lookup());
            return lookup.findGetter(virtualThread, "carrierThread", Thread.class)
                    .asType(MethodType.methodType(Thread.class, Thread.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
