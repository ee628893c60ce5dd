package io.parley.bench.report;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latencies in microseconds, recorded from the event loop threads without locks. Every second the
 * monitor rolls what came in since the last roll into the run's total, or drops it during warm-up.
 */
public final class LatencyRecorder {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Recorder recorder = new Recorder(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final Histogram total = new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private Histogram interval;

    public void recordNanos(long nanos) {
        long micros = Math.max(0, Math.min(HIGHEST_MICROS, nanos / 1000));
        recorder.recordValue(micros);
    }

    /** Takes what was recorded since the last roll, adding it to the total if {@code keep}; returns it. */
    public synchronized Histogram roll(boolean keep) {
        interval = recorder.getIntervalHistogram(interval);
        if (keep) {
            total.add(interval);
        }
        return interval.copy();
    }

    /** Everything kept so far. */
    public synchronized Histogram total() {
        return total.copy();
    }
}
