package dev.gocon.app.render.trace;

import dev.gocon.sched.CarrierPool;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import jdk.management.VirtualThreadSchedulerMXBean;

/**
 * How many carrier threads are busy running virtual threads, out of how many.
 *
 * @param busy        carriers with a virtual thread mounted right now
 * @param parallelism the scheduler's target number of carriers
 */
record CarrierStats(int busy, int parallelism) {

    /**
     * Reads the carriers native runs use: gocon's {@link CarrierPool} once it runs goroutines, else the
     * JDK's virtual thread scheduler (JDK 24+ {@code VirtualThreadSchedulerMXBean}, for a runtime
     * without gocon's carriers). The supplier returns null when neither answers, and the caller falls
     * back to the trace.
     */
    static Supplier<CarrierStats> current() {
        return new Supplier<>() {
            private Supplier<CarrierStats> jdk;     // looked up only if a frame needs it: JMX costs start-up

            @Override
            public CarrierStats get() {
                CarrierPool pool = CarrierPool.current();
                if (pool != null) {
                    return new CarrierStats(pool.busy(), pool.size());
                }
                if (jdk == null) {
                    jdk = fromJdk();
                }
                return jdk.get();
            }
        };
    }

    private static Supplier<CarrierStats> fromJdk() {
        VirtualThreadSchedulerMXBean bean;
        try {
            bean = ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            bean = null;
        }
        if (bean == null) {
            return () -> null;
        }
        VirtualThreadSchedulerMXBean scheduler = bean;
        return () -> {
            try {
                return new CarrierStats(scheduler.getMountedVirtualThreadCount(), scheduler.getParallelism());
            } catch (RuntimeException e) {
                return null;
            }
        };
    }
}
