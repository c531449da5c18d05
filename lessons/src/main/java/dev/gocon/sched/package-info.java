/**
 * The schedulers behind the runtime's one seam, {@link dev.gocon.sched.Scheduler}: the native one
 * (virtual threads on the JDK's ForkJoinPool, real time, exact deadlock detection by one counter)
 * and the stepped one (one goroutine at a time, seeded or chosen by a callback, virtual time).
 * Internal API: programs use {@code dev.gocon.go}; the app uses
 * {@link dev.gocon.sched.NativeScheduler#configureParallelism(int)} for {@code --procs}.
 */
package dev.gocon.sched;
