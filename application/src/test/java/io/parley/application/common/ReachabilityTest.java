package io.parley.application.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.fakes.TestClock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    private final TestClock clock = new TestClock();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final Reachability reachability = new Reachability(() -> {
        probes.incrementAndGet();
        return up.get();
    }, clock);

    @Test
    void an_answer_is_reused_while_fresh_and_the_probe_asked_again_after() {
        assertTrue(reachability.reachable());
        up.set(false);
        clock.advance(Reachability.FRESH.minus(Duration.ofMillis(1)));

        assertTrue(reachability.reachable(), "still the answer of the first probe");
        assertEquals(1, probes.get());

        clock.advance(Duration.ofMillis(1));
        assertFalse(reachability.reachable());
        assertEquals(2, probes.get());
    }

    @Test
    void while_a_probe_runs_others_get_the_last_answer_instead_of_waiting() throws Exception {
        CountDownLatch probing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Reachability slow = new Reachability(() -> {
            probing.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }, clock);
        Thread first = new Thread(slow::reachable);
        first.start();
        assertTrue(probing.await(10, TimeUnit.SECONDS));

        assertTrue(slow.reachable(), "answered at once with what was known before");

        release.countDown();
        first.join(10_000);
        assertFalse(slow.reachable());
    }
}
