package io.parley.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Resident memory and CPU time of a process, read from Linux's {@code /proc}. The benchmark runs
 * on the server's machine, so the CPU it takes itself matters as much as the server's.
 */
public final class ProcessStats {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common architecture. */
    static final long NANOS_PER_TICK = 10_000_000L;

    private final String pid;

    private ProcessStats(String pid) {
        this.pid = pid;
    }

    public static ProcessStats self() {
        return new ProcessStats("self");
    }

    /** The server's figures; all empty when no pid was given. */
    public static ProcessStats of(OptionalLong pid) {
        return new ProcessStats(pid.isPresent() ? Long.toString(pid.getAsLong()) : null);
    }

    /** VmRSS in bytes; empty when unknown or the process is gone. */
    public OptionalLong rssBytes() {
        if (pid == null) {
            return OptionalLong.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    String kilobytes = line.substring("VmRSS:".length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux: no figure rather than a wrong one
        }
        return OptionalLong.empty();
    }

    /** User plus system CPU time so far, in nanoseconds; empty when unknown. */
    OptionalLong cpuNanos() {
        if (pid == null) {
            return OptionalLong.empty();
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // The command name in parentheses may contain spaces; the fields after it are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return OptionalLong.of(ticks * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    public static String mebibytes(long bytes) {
        return String.format("%,.0f MiB", bytes / (1024.0 * 1024.0));
    }
}
