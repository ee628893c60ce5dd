package io.parley.domain.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    private final SlidingWindowLimit limit = new SlidingWindowLimit(5, Duration.ofSeconds(10));

    @Test
    void allows_the_limit_then_says_how_long_to_wait() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), limit.tryAcquire("ann", t0.plusSeconds(i)));
        }

        assertEquals(Optional.of(Duration.ofSeconds(6)), limit.tryAcquire("ann", t0.plusSeconds(4)));
    }

    @Test
    void the_window_slides_one_event_at_a_time() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire("ann", t0.plusSeconds(i));
        }

        assertEquals(Optional.empty(), limit.tryAcquire("ann", t0.plusSeconds(10)));
        assertEquals(Optional.of(Duration.ofSeconds(1)), limit.tryAcquire("ann", t0.plusSeconds(10)));
    }

    @Test
    void a_refused_attempt_does_not_count() {
        for (int i = 0; i < 5; i++) {
            limit.tryAcquire("ann", t0);
        }
        for (int i = 0; i < 100; i++) {
            limit.tryAcquire("ann", t0.plusSeconds(5));
        }

        assertEquals(Optional.empty(), limit.tryAcquire("ann", t0.plusSeconds(10)));
    }

    @Test
    void keys_are_independent() {
        for (int i = 0; i < 5; i++) {
            limit.record("ann", t0);
        }

        assertEquals(Optional.of(Duration.ofSeconds(10)), limit.waitTime("ann", t0));
        assertEquals(Optional.empty(), limit.waitTime("bob", t0));
    }

    @Test
    void waiting_does_not_count_and_clearing_forgets() {
        for (int i = 0; i < 4; i++) {
            limit.record("ann", t0);
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), limit.waitTime("ann", t0));
        }
        limit.record("ann", t0);
        assertEquals(Optional.of(Duration.ofSeconds(10)), limit.waitTime("ann", t0));

        limit.clear("ann");

        assertEquals(Optional.empty(), limit.waitTime("ann", t0));
    }

    @Test
    void keys_whose_events_expired_are_swept_away() {
        for (int i = 0; i < 5000; i++) {
            limit.record("visitor-" + i, t0);
        }
        for (int i = 0; i < 2048; i++) {
            limit.record("late", t0.plusSeconds(60));
        }

        assertEquals(1, limit.trackedKeys());
    }
}
