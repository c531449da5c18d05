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
 */
package dev.gocon.go;
