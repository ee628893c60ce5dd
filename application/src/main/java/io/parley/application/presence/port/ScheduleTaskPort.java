package io.parley.application.presence.port;

import java.time.Duration;

public interface ScheduleTaskPort {

    /** Runs {@code task} once, {@code delay} from now, on some other thread. */
    void runLater(Duration delay, Runnable task);
}
