package io.parley.bench.scenario;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Sends at a steady rate whatever the replies do (an open loop): the n-th send is due n/rate
 * seconds after the start, so a slow server shows up as latency and backlog rather than as a
 * politely lower offered load.
 */
final class Pacer {

    private static final long NAP_NANOS = 200_000;

    private Pacer() {
    }

    /** Calls {@code send} with 0, 1, 2, … at {@code perSecond} from {@code start} until {@code end} (nanoTime); returns the count. */
    static long run(double perSecond, long start, long end, LongConsumer send) {
        long n = 0;
        long now;
        while ((now = System.nanoTime()) < end) {
            long due = (long) ((now - start) / 1e9 * perSecond);
            while (n < due && System.nanoTime() < end) {
                send.accept(n++);
            }
            LockSupport.parkNanos(NAP_NANOS);
        }
        return n;
    }
}
