package io.parley.domain;

import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Makes opaque identifiers in the UUID version 7 layout: 48 bits of milliseconds, then random
 * bits. Time order keeps database indexes append-mostly; the random part keeps ids unguessable.
 */
public final class IdGenerator {

    private final Clock clock;
    private final Random random;

    public IdGenerator(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public String next() {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
