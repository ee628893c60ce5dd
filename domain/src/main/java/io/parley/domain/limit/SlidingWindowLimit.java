package io.parley.domain.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} events per key within any {@code window}: a sliding log of event times,
 * so a burst at a window boundary cannot double the allowance. Time comes from the caller.
 * Each key's log is only touched inside {@link ConcurrentHashMap#compute}, which serialises
 * the work per key without a lock of our own.
 */
public final class SlidingWindowLimit {

    private static final int SWEEP_EVERY = 1024;

    private final int limit;
    private final Duration window;
    private final ConcurrentHashMap<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final AtomicInteger recordsSinceSweep = new AtomicInteger();

    public SlidingWindowLimit(int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs a positive count and window");
        }
        this.limit = limit;
        this.window = window;
    }

    /** How long {@code key} must wait before its next event is allowed; empty if it may go now. */
    public Optional<Duration> waitTime(String key, Instant now) {
        Duration[] wait = new Duration[1];
        events.computeIfPresent(key, (k, log) -> {
            prune(log, now);
            wait[0] = waitFor(log, now);
            return log.isEmpty() ? null : log;
        });
        return Optional.ofNullable(wait[0]);
    }

    /** Counts one event for {@code key}. */
    public void record(String key, Instant now) {
        events.compute(key, (k, log) -> {
            Deque<Instant> kept = log == null ? new ArrayDeque<>() : log;
            prune(kept, now);
            kept.addLast(now);
            return kept;
        });
        sweepNowAndThen(now);
    }

    /** Counts one event for {@code key} if it is allowed; otherwise says how long to wait. */
    public Optional<Duration> tryAcquire(String key, Instant now) {
        Duration[] wait = new Duration[1];
        events.compute(key, (k, log) -> {
            Deque<Instant> kept = log == null ? new ArrayDeque<>() : log;
            prune(kept, now);
            wait[0] = waitFor(kept, now);
            if (wait[0] == null) {
                kept.addLast(now);
            }
            return kept;
        });
        sweepNowAndThen(now);
        return Optional.ofNullable(wait[0]);
    }

    /** Forgets every event of {@code key}, e.g. after a successful login. */
    public void clear(String key) {
        events.remove(key);
    }

    private Duration waitFor(Deque<Instant> log, Instant now) {
        return log.size() < limit ? null : Duration.between(now, log.peekFirst().plus(window));
    }

    private void prune(Deque<Instant> log, Instant now) {
        Instant horizon = now.minus(window);
        while (!log.isEmpty() && !log.peekFirst().isAfter(horizon)) {
            log.removeFirst();
        }
    }

    // Keys whose events have all expired are dropped now and then, so idle keys cannot pile up.
    private void sweepNowAndThen(Instant now) {
        if (recordsSinceSweep.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        for (String key : events.keySet()) {
            events.computeIfPresent(key, (k, log) -> {
                prune(log, now);
                return log.isEmpty() ? null : log;
            });
        }
    }

    /** How many keys are being tracked; for tests of the sweeping. */
    int trackedKeys() {
        return events.size();
    }
}
