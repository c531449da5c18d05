/**
 * Go's concurrency, in Java: goroutines on virtual threads, channels, select, the sync package and
 * contexts, with Go's semantics and Go's panic and deadlock messages.
 *
 * <table class="striped">
 *   <caption>Go and gocon</caption>
 *   <tr><th>Go</th><th>gocon</th></tr>
 *   <tr><td>{@code go f()}</td><td>{@link dev.gocon.go.Go#go(Task)}</td></tr>
 *   <tr><td>{@code make(chan T, n)}, {@code ch <- v}, {@code <-ch}, {@code close(ch)}</td>
 *       <td>{@link dev.gocon.go.Channel}</td></tr>
 *   <tr><td>{@code select}</td><td>{@link dev.gocon.go.Select}</td></tr>
 *   <tr><td>{@code sync.Mutex}, {@code RWMutex}, {@code WaitGroup}, {@code Once}</td>
 *       <td>{@link dev.gocon.go.Mutex}, {@link dev.gocon.go.RWMutex}, {@link dev.gocon.go.WaitGroup},
 *       {@link dev.gocon.go.Once}</td></tr>
 *   <tr><td>{@code context}, {@code errgroup}</td><td>{@link dev.gocon.go.Context},
 *       {@link dev.gocon.go.ErrGroup}</td></tr>
 *   <tr><td>{@code atomic.Int64}, {@code atomic.Pointer[T]}</td><td>{@link dev.gocon.go.AtomicInt64},
 *       {@link dev.gocon.go.AtomicRef}</td></tr>
 *   <tr><td>a package-level {@code var}, checked by {@code go run -race}</td>
 *       <td>{@link dev.gocon.go.Shared}, with {@link dev.gocon.go.RunConfig#withRaceDetector()}</td></tr>
 *   <tr><td>{@code time.Sleep}, {@code time.After}, {@code time.Tick}</td>
 *       <td>{@link dev.gocon.go.Go#sleep}, {@link dev.gocon.go.Go#after}, {@link dev.gocon.go.Go#tick}</td></tr>
 *   <tr><td>{@code func main()}</td><td>{@link dev.gocon.go.Go#run(Task)}, or
 *       {@link dev.gocon.go.Go#run(RunConfig, Task)} for a seeded, traced or stepped run</td></tr>
 * </table>
 *
 * <p>Every blocking operation parks through one scheduler seam ({@link dev.gocon.sched.Scheduler}),
 * so the same program runs under the native scheduler (virtual threads, real time) or the stepped
 * one (one goroutine at a time, seeded, virtual time); see {@link dev.gocon.go.RunConfig},
 * {@link dev.gocon.go.Chooser} and {@link dev.gocon.go.Explorer}.
 *
 * <h2>Data races and the race detector</h2>
 * A {@link dev.gocon.go.Shared} variable is plain memory: nothing orders two goroutines' accesses to it
 * but synchronisation. With {@link dev.gocon.go.RunConfig#withRaceDetector()} every primitive reports its
 * happens-before edges (one per rule of the Go memory model: the {@code go} statement, channel sends,
 * receives and closes, unlocks, {@code done}, {@code Once}, cancellation, atomics) to the run's race
 * detector, which keeps a vector clock per goroutine and per synchronisation object and checks every
 * access to a {@code Shared} against the last write and the reads since (FastTrack's epochs). A race is
 * found whatever the schedule and reported as Go reports it ({@link dev.gocon.go.DataRace#report()},
 * {@link dev.gocon.go.RunReport#races()}). With the detector off, each hook is one null test. See
 * {@code docs/race-detector.md}.
 */
package dev.gocon.go;
