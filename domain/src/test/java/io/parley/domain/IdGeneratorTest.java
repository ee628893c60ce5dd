package io.parley.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {

    @Test
    void ids_are_version_7_uuids_that_sort_by_time() {
        IdGenerator earlier = new IdGenerator(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), new Random(1));
        IdGenerator later = new IdGenerator(Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC), new Random(2));

        String a = earlier.next();
        String b = later.next();

        assertEquals(7, UUID.fromString(a).version());
        assertEquals(2, UUID.fromString(a).variant());
        assertTrue(a.compareTo(b) < 0);
    }

    @Test
    void ids_made_in_the_same_millisecond_differ() {
        IdGenerator ids = new IdGenerator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), new Random(3));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ids.next());
        }
        assertEquals(10_000, seen.size());
    }
}
