package dev.gocon.sched;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name of the carrier thread a virtual thread is mounted on, for the trace's "which carrier".
 *
 * <p>JDK 25 has no public way to ask. When {@code java.lang} is opened to gocon (the jar's manifest
 * says {@code Add-Opens: java.base/java.lang}), this reads the virtual thread's carrier field
 * directly, which allocates nothing; otherwise it reads the carrier's name from the end of the virtual
 * thread's {@code toString()} ({@code VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1}), which
 * costs a string per call. Both give the same answer. The JDK's {@code ForkJoinPool-1-worker-3} is
 * shortened to {@code carrier-3}, which reads better in a lane and names the same thread.
 */
final class Carriers {

    private static final MethodHandle CARRIER_FIELD = carrierField();
    private static final ConcurrentHashMap<String, String> SHORT_NAMES = new ConcurrentHashMap<>();

    private Carriers() {
    }

    /** The carrier of the current thread if it is virtual, its own name if not, {@code ""} if unmounted. */
    static String current() {
        Thread t = Thread.currentThread();
        if (!t.isVirtual()) {
            return t.getName();
        }
        if (readable()) {
            Thread carrier = carrierOf(t);
            if (carrier instanceof CarrierPool.Carrier) {
                return carrier.getName();   // gocon's own carrier: already short, no lookup
            }
            return carrier == null ? "" : SHORT_NAMES.computeIfAbsent(carrier.getName(), Carriers::shortName);
        }
        String s = t.toString();
        int at = s.lastIndexOf('@');
        return at < 0 ? "" : shortName(s.substring(at + 1));
    }

    /** True when the carrier field can be read: {@code java.lang} is opened to gocon. */
    static boolean readable() {
        return CARRIER_FIELD != null;
    }

    /**
     * The carrier thread {@code virtual} is mounted on, or null if it is not mounted or the field
     * cannot be read (see {@link #readable}).
     */
    static Thread carrierOf(Thread virtual) {
        if (CARRIER_FIELD == null) {
            return null;
        }
        try {
            return (Thread) CARRIER_FIELD.invokeExact(virtual);
        } catch (Throwable e) {
            return null;
        }
    }

    /** {@code ForkJoinPool-1-worker-3} becomes {@code carrier-3}; other names are kept. */
    static String shortName(String threadName) {
        int worker = threadName.lastIndexOf("-worker-");
        return threadName.startsWith("ForkJoinPool-") && worker > 0
                ? "carrier-" + threadName.substring(worker + "-worker-".length())
                : threadName;
    }

    private static MethodHandle carrierField() {
        try {
            Class<?> virtualThread = Class.forName("java.lang.VirtualThread");
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(virtualThread, MethodHandles.lookup());
            return lookup.findGetter(virtualThread, "carrierThread", Thread.class)
                    .asType(java.lang.invoke.MethodType.methodType(Thread.class, Thread.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // java.lang is not opened to us: use the string form
        }
    }
}
