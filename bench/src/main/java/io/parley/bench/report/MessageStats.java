package io.parley.bench.report;

import org.HdrHistogram.Histogram;

/**
 * The message figures of a run. Rates cover the measured window only; counts cover the whole run,
 * including warm-up and the drain at the end; latencies cover everything received after warm-up;
 * CPU use is over the measured window.
 */
public record MessageStats(
        double targetRate,
        LoadCounters.Rates rates,
        long sent,
        long acked,
        long rejected,
        long delivered,
        long expectedDeliveries,
        long skipped,
        Histogram deliveryLatency,
        Histogram ackLatency,
        CpuMeter.Usage cpu) {
}
