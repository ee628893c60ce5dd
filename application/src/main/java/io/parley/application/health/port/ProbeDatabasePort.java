package io.parley.application.health.port;

/** Asks the database whether it answers. */
public interface ProbeDatabasePort {

    /** True when a connection could be had and answered; false, never an exception, otherwise. Bounded to a few seconds. */
    boolean reachable();
}
