package io.parley.application.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * What is known of whether a service Parley depends on can be reached. Its probe is asked at most
 * once per {@link #FRESH}, whoever asks, so health checks and downloads never hammer it; while one
 * probe runs, other askers get the last answer rather than queue behind it. Probes bound their own time.
 */
public final class Reachability {

    /** How long an answer is trusted; also how long a caller is asked to wait before retrying. */
    public static final Duration FRESH = Duration.ofSeconds(5);

    private final BooleanSupplier probe;
    private final Clock clock;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean reachable = true;
    private volatile Instant checkedAt;

    public Reachability(BooleanSupplier probe, Clock clock) {
        this.probe = probe;
        this.clock = clock;
    }

    public boolean reachable() {
        Instant checked = checkedAt;
        if (checked != null && clock.instant().isBefore(checked.plus(FRESH))) {
            return reachable;
        }
        if (!probing.compareAndSet(false, true)) {
            return reachable;
        }
        try {
            reachable = probe.getAsBoolean();
            checkedAt = clock.instant();
        } finally {
            probing.set(false);
        }
        return reachable;
    }
}
