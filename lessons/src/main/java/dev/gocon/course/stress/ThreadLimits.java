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
 * @param cgroupMax    the tightest pids.max of this process's cgroup and its parents ("max" is no
 *                     limit), such as systemd's TasksMax
 * @param cgroupInUse  pids.current of the cgroup that sets it
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
        long[] pids = cgroupPids(lines(Path.of("/proc/self/cgroup")), Path.of("/sys/fs/cgroup"));
        return new ThreadLimits(
                number(Path.of("/proc/sys/kernel/threads-max")),
                number(Path.of("/proc/sys/kernel/pid_max")),
                pids == null ? OptionalLong.empty() : OptionalLong.of(pids[0]),
                pids == null ? OptionalLong.empty() : OptionalLong.of(pids[1]),
                readUserMax(),
                readTasksInUse(),
                readMemAvailable());
    }

    /**
     * The tightest {@code pids.max} on the way from this process's own cgroup up to the root, with
     * the {@code pids.current} of the same cgroup; null if none sets a limit. A limit can be set at
     * any level: systemd's TasksMax, for example, is the {@code pids.max} of the user's slice, above
     * the cgroup the process is in.
     *
     * @param procSelfCgroup the lines of /proc/self/cgroup ({@code 0::/path} for cgroup v2,
     *                       {@code N:pids:/path} for the v1 pids controller)
     * @param root           where the cgroup file systems are mounted (/sys/fs/cgroup)
     */
    static long[] cgroupPids(List<String> procSelfCgroup, Path root) {
        for (String line : procSelfCgroup) {
            String[] f = line.split(":", 3);
            if (f.length < 3) {
                continue;
            }
            Path mount = f[1].isEmpty() ? root : f[1].equals("pids") ? root.resolve("pids") : null;
            if (mount == null || !f[2].startsWith("/")) {
                continue;
            }
            long[] tightest = null;
            for (Path dir = mount.resolve(f[2].substring(1)).normalize(); dir != null && dir.startsWith(mount);
                    dir = dir.getParent()) {
                OptionalLong max = number(dir.resolve("pids.max"));
                if (max.isPresent() && (tightest == null || max.getAsLong() < tightest[0])) {
                    tightest = new long[] {max.getAsLong(), number(dir.resolve("pids.current")).orElse(0)};
                }
            }
            if (tightest != null) {
                return tightest;
            }
        }
        return null;
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
