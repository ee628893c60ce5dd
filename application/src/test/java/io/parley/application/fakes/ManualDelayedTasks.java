package io.parley.application.fakes;

import io.parley.application.presence.port.ScheduleTaskPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Holds delayed tasks until a test runs them, so time-based behaviour needs no sleeping. */
public class ManualDelayedTasks implements ScheduleTaskPort {

    private final List<Runnable> pending = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized void runLater(Duration delay, Runnable task) {
        pending.add(task);
        delays.add(delay);
    }

    public synchronized void runAll() {
        List<Runnable> due = new ArrayList<>(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }

    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }
}
