package io.parley.bench.report;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What happened during a run, counted from many threads. */
public final class LoadCounters {

    public final LongAdder sent = new LongAdder();
    public final LongAdder acked = new LongAdder();
    /** Sends answered with an error frame rather than an ack. */
    public final LongAdder rejected = new LongAdder();
    public final LongAdder delivered = new LongAdder();
    /** Sends the pacer left out because the socket was closed or too far behind with its replies. */
    public final LongAdder skipped = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    public void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    public long errors() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<String, Long> errorsByKind() {
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.sum()));
        return byKind;
    }

    public Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), sent.sum(), acked.sum(), delivered.sum(), errors());
    }

    public record Snapshot(long at, long sent, long acked, long delivered, long errors) {

        /** Per-second rates between {@code earlier} and this one. */
        public Rates since(Snapshot earlier) {
            double seconds = Math.max(1e-9, (at - earlier.at) / 1e9);
            return new Rates(seconds, (sent - earlier.sent) / seconds, (acked - earlier.acked) / seconds,
                    (delivered - earlier.delivered) / seconds);
        }
    }

    public record Rates(double seconds, double sent, double acked, double delivered) {
    }
}
