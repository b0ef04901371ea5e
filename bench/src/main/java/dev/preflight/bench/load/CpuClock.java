package dev.preflight.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time used so far by this process, and by another one read from {@code /proc/PID/stat}. */
final class CpuClock {

    /** Linux's USER_HZ, the unit of the times in {@code /proc/PID/stat}; 100 on every common kernel. */
    private static final long TICKS_PER_SECOND = 100;

    private CpuClock() {
    }

    static long ownNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** User plus system CPU time of process {@code pid} in nanoseconds, or -1 when it cannot be read. */
    static long processNanos(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * (1_000_000_000L / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
