package io.parley.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What happened during a run, counted from many threads. */
final class LoadCounters {

    final LongAdder sent = new LongAdder();
    final LongAdder acked = new LongAdder();
    /** Sends answered with an error frame rather than an ack. */
    final LongAdder rejected = new LongAdder();
    final LongAdder delivered = new LongAdder();
    /** Sends the pacer left out because the socket was closed or too far behind with its replies. */
    final LongAdder skipped = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    long errors() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errorsByKind() {
        Map<String, Long> byKind = new TreeMap<>();
        errors.forEach((kind, count) -> byKind.put(kind, count.sum()));
        return byKind;
    }

    Snapshot snapshot() {
        return new Snapshot(System.nanoTime(), sent.sum(), acked.sum(), delivered.sum(), errors());
    }

    record Snapshot(long at, long sent, long acked, long delivered, long errors) {

        /** Per-second rates between {@code earlier} and this one. */
        Rates since(Snapshot earlier) {
            double seconds = Math.max(1e-9, (at - earlier.at) / 1e9);
            return new Rates(seconds, (sent - earlier.sent) / seconds, (acked - earlier.acked) / seconds,
                    (delivered - earlier.delivered) / seconds);
        }
    }

    record Rates(double seconds, double sent, double acked, double delivered) {
    }
}
