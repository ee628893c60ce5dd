package io.parley.application.health;

/** Whether Parley can reach what it depends on, for load balancers, monitors and operators. */
public interface HealthQuery {

    /** Answers within the probes' bounds, and asks each dependency at most once per few seconds. */
    Health check();

    /** Without the database nothing works; without storage, only attachments and avatars do not. */
    record Health(boolean database, boolean storage) {
    }
}
