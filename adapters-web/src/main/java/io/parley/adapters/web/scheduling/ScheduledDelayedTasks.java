package io.parley.adapters.web.scheduling;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.parley.application.presence.port.ScheduleTaskPort;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The core's timer (presence grace) on Micronaut's scheduler. */
@Singleton
final class ScheduledDelayedTasks implements ScheduleTaskPort {

    private final TaskScheduler scheduler;

    ScheduledDelayedTasks(@Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void runLater(Duration delay, Runnable task) {
        scheduler.schedule(delay, task);
    }
}
