package io.parley.adapters.web.socket.connection;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import java.time.Duration;

/**
 * Pings every connection once per interval. A live client answers with a pong, which counts as
 * traffic; a dead one stays silent until the server's read-idle timeout closes it.
 *
 * <p>The pings go out a slice of the connections at a time, spread over the interval: pinging
 * ten thousand sockets at once, and reading their pongs, held up the messages of that moment
 * (docs/benchmarks.md, {@code dm}).
 */
@Context
final class Heartbeat {

    static final int SLICES = 25;

    private final Connections connections;
    private long ticks;

    Heartbeat(Connections connections, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
              @Value("${parley.ws.ping-interval:25s}") Duration interval) {
        this.connections = connections;
        Duration step = interval.dividedBy(SLICES);
        scheduler.scheduleWithFixedDelay(step, step, this::pingNextSlice);
    }

    // Runs on one scheduler thread at a time (fixed delay), so the tick count needs no lock.
    private void pingNextSlice() {
        int slice = (int) (ticks++ % SLICES);
        for (Connection connection : connections.all()) {
            if (sliceOf(connection) == slice) {
                connection.ping();
            }
        }
    }

    private static int sliceOf(Connection connection) {
        return Math.floorMod(System.identityHashCode(connection), SLICES);
    }
}
