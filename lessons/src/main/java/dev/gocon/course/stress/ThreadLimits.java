package dev.gocon.course.stress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What limits how many platform threads may be alive at once on this machine: the kernel's thread and
 * pid limits, the container's {@code pids.max}, the per-user process limit ({@code ulimit -u}) and the
 * free memory. Read from /proc and /sys on Linux; a limit that cannot be read is left out.
 *
 * @param threadsMax   /proc/sys/kernel/threads-max
 * @param pidMax       /proc/sys/kernel/pid_max
 * @param cgroupMax    the cgroup's pids.max ("max" is no limit)
 * @param cgroupInUse  the cgroup's pids.current
 * @param userMax      the soft "Max processes" limit of this process (ulimit -u)
 * @param tasksInUse   threads alive on the whole machine (/proc/loadavg)
 * @param memAvailable MemAvailable from /proc/meminfo, in bytes
 */
record ThreadLimits(OptionalLong threadsMax, OptionalLong pidMax, OptionalLong cgroupMax, OptionalLong cgroupInUse,
        OptionalLong userMax, OptionalLong tasksInUse, OptionalLong memAvailable) {

    /** The most platform threads the demo ever keeps alive at once, whatever the limits say. */
    static final int CEILING = 4_096;
    /** Memory budgeted per alive platform thread: touched stack, kernel stack and JVM structures. */
    static final long BYTES_PER_THREAD = 256 * 1024;

    /** How many may be alive at once, and why. */
    record Cap(int alive, String reason) {
    }

    static ThreadLimits read() {
        Path cgroup = Files.isRegularFile(Path.of("/sys/fs/cgroup/pids.max"))
                ? Path.of("/sys/fs/cgroup") : Path.of("/sys/fs/cgroup/pids");
        return new ThreadLimits(
                number(Path.of("/proc/sys/kernel/threads-max")),
                number(Path.of("/proc/sys/kernel/pid_max")),
                number(cgroup.resolve("pids.max")),
                number(cgroup.resolve("pids.current")),
                readUserMax(),
                readTasksInUse(),
                readMemAvailable());
    }

    /** The limits that were found, one per line. */
    List<String> describe() {
        List<String> parts = new ArrayList<>();
        threadsMax.ifPresent(v -> parts.add(String.format("kernel.threads-max  %,d", v)));
        pidMax.ifPresent(v -> parts.add(String.format("kernel.pid_max      %,d", v)));
        cgroupMax.ifPresent(v -> parts.add(String.format("cgroup pids.max     %,d", v)));
        userMax.ifPresent(v -> parts.add(String.format("ulimit -u           %,d", v)));
        tasksInUse.ifPresent(v -> parts.add(String.format("threads running     %,d (all processes)", v)));
        memAvailable.ifPresent(v -> parts.add(String.format("memory available    %,d MB", v >> 20)));
        return parts.isEmpty() ? List.of("none could be read") : parts;
    }

    /**
     * The cap: half the headroom under the tightest id limit, what the free memory allows at
     * {@link #BYTES_PER_THREAD} each, and {@link #CEILING}, whichever is lowest; never more than tasks.
     */
    Cap cap(int tasks) {
        long inUse = tasksInUse.orElse(0);
        long best = CEILING;
        String why = String.format("the demo's own ceiling of %,d, to spare the machine", CEILING);
        long[][] idLimits = {
                {threadsMax.orElse(Long.MAX_VALUE), inUse},
                {pidMax.orElse(Long.MAX_VALUE), inUse},
                {cgroupMax.orElse(Long.MAX_VALUE), cgroupInUse.orElse(inUse)},
                {userMax.orElse(Long.MAX_VALUE), inUse}};
        String[] names = {"threads-max", "pid_max", "the cgroup's pids.max", "ulimit -u"};
        for (int i = 0; i < idLimits.length; i++) {
            if (idLimits[i][0] == Long.MAX_VALUE) {
                continue;
            }
            long half = Math.max(1, (idLimits[i][0] - idLimits[i][1]) / 2);
            if (half < best) {
                best = half;
                why = String.format("half the room left under %s (%,d, %,d in use)", names[i],
                        idLimits[i][0], idLimits[i][1]);
            }
        }
        if (memAvailable.isPresent()) {
            long byMemory = Math.max(1, memAvailable.getAsLong() / 2 / BYTES_PER_THREAD);
            if (byMemory < best) {
                best = byMemory;
                why = String.format("half the free memory at %d KB a thread", BYTES_PER_THREAD / 1024);
            }
        }
        if (tasks <= best) {
            return new Cap(tasks, String.format("all %,d fit (the cap here is %,d:%n  %s)", tasks, best, why));
        }
        return new Cap((int) best, String.format("capped from %,d by%n  %s", tasks, why));
    }

    /** This process's resident memory (VmRSS), in bytes, or -1. */
    static long residentBytes() {
        for (String line : lines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    private static OptionalLong number(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty(); // "max": no limit
        }
    }

    private static OptionalLong readUserMax() {
        for (String line : lines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max processes")) {
                String[] f = line.substring("Max processes".length()).trim().split("\\s+");
                try {
                    return OptionalLong.of(Long.parseLong(f[0]));
                } catch (NumberFormatException e) {
                    return OptionalLong.empty(); // unlimited
                }
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong readTasksInUse() {
        List<String> lines = lines(Path.of("/proc/loadavg"));
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        String[] f = lines.get(0).split("\\s+");
        if (f.length < 4 || !f[3].contains("/")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(f[3].substring(f[3].indexOf('/') + 1)));
    }

    private static OptionalLong readMemAvailable() {
        for (String line : lines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemAvailable:")) {
                return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
            }
        }
        return OptionalLong.empty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
