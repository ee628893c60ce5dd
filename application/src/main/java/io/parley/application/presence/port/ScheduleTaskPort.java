package io.parley.application.port.out;

import java.time.Duration;

public interface DelayedTasks {

    /** Runs {@code task} once, {@code delay} from now, on some other thread. */
    void runLater(Duration delay, Runnable task);
}
