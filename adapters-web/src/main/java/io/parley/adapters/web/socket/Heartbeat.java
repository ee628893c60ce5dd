package io.parley.adapters.web.socket;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Pings every connection now and then. A live client answers with a pong, which counts as
 * traffic; a dead one stays silent until the server's read-idle timeout closes it.
 */
@Singleton
final class Heartbeat {

    private final Connections connections;

    Heartbeat(Connections connections) {
        this.connections = connections;
    }

    @Scheduled(fixedDelay = "${parley.ws.ping-interval:25s}")
    void ping() {
        connections.all().forEach(Connection::ping);
    }
}
