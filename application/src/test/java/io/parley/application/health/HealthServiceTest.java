package io.parley.application.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.application.common.Reachability;
import io.parley.application.fakes.TestClock;
import io.parley.application.health.HealthQuery.Health;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    private final TestClock clock = new TestClock();
    private final AtomicBoolean database = new AtomicBoolean(true);
    private final AtomicBoolean storage = new AtomicBoolean(true);
    private final HealthService health = new HealthService(new Reachability(database::get, clock), new Reachability(storage::get, clock));

    @Test
    void each_dependency_is_reported_on_its_own() {
        assertEquals(new Health(true, true), health.check());

        storage.set(false);
        clock.advance(Reachability.FRESH);
        assertEquals(new Health(true, false), health.check());

        database.set(false);
        storage.set(true);
        clock.advance(Reachability.FRESH);
        assertEquals(new Health(false, true), health.check());
    }
}
