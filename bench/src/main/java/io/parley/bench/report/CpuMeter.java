package io.parley.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * How many cores the server, the benchmark itself and the whole machine kept busy between two
 * samples. On a shared two-core machine the rest of the machine and the hypervisor's steal time
 * decide how far a run can be trusted, so they are measured too.
 */
public final class CpuMeter {

    private final ProcessStats server;
    private final ProcessStats bench;

    public CpuMeter(ProcessStats server, ProcessStats bench) {
        this.server = server;
        this.bench = bench;
    }

    public Sample sample() {
        long[] machine = machineTicks();
        return new Sample(System.nanoTime(), server.cpuNanos(), bench.cpuNanos(),
                machine == null ? OptionalLong.empty() : OptionalLong.of(machine[0] * ProcessStats.NANOS_PER_TICK),
                machine == null ? OptionalLong.empty() : OptionalLong.of(machine[1] * ProcessStats.NANOS_PER_TICK));
    }

    /** Busy (everything but idle and iowait) and stolen ticks of all CPUs, or null off Linux. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal …
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
            return new long[] {busy, Long.parseLong(f[8])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public record Sample(long at, OptionalLong server, OptionalLong bench, OptionalLong machineBusy, OptionalLong machineSteal) {

        public Usage since(Sample earlier) {
            double wall = Math.max(1, at - earlier.at);
            return new Usage(cores(server, earlier.server, wall), cores(bench, earlier.bench, wall),
                    cores(machineBusy, earlier.machineBusy, wall), cores(machineSteal, earlier.machineSteal, wall));
        }

        private static OptionalDouble cores(OptionalLong now, OptionalLong then, double wall) {
            return now.isPresent() && then.isPresent() ? OptionalDouble.of((now.getAsLong() - then.getAsLong()) / wall) : OptionalDouble.empty();
        }
    }

    /** Average cores in use; "machine" is every process, the database and the kernel included. */
    public record Usage(OptionalDouble serverCores, OptionalDouble benchCores, OptionalDouble machineCores, OptionalDouble stolenCores) {

        /** e.g. {@code server 1.40, bench 0.50, machine 1.95 of 2 (stolen 0.10)}; empty when nothing is known. */
        public String describe() {
            StringBuilder text = new StringBuilder();
            serverCores.ifPresent(c -> text.append(String.format("server %.2f", c)));
            benchCores.ifPresent(c -> text.append(text.length() > 0 ? ", " : "").append(String.format("bench %.2f", c)));
            machineCores.ifPresent(c -> text.append(text.length() > 0 ? ", " : "")
                    .append(String.format("machine %.2f of %d", c, Runtime.getRuntime().availableProcessors())));
            stolenCores.ifPresent(c -> text.append(String.format(" (stolen %.2f)", c)));
            return text.toString();
        }
    }
}
