package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import io.parley.testing.StalledSocket;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A peer that is gone (no data, no pongs) is let go after the read-idle timeout, shortened here. */
@MicronautTest
@Property(name = "micronaut.server.read-idle-timeout", value = "3s")
@Property(name = "parley.ws.ping-interval", value = "500ms")
class DeadClientSystemTest {

    @Inject
    EmbeddedServer server;

    @Test
    void a_silent_connection_is_closed_while_a_live_one_stays() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");

        try (StalledSocket dead = StalledSocket.open(server.getURI(), ann.token());
             SocketClient live = SocketClient.connect(server.getURI(), ann.token())) {
            Thread.sleep(4500);

            assertEquals("pong", live.request("ping", Map.of()).get("type"), "a client answering pings is kept");
            assertTrue(dead.closedByServerWithin(Duration.ofSeconds(3)), "a client that says nothing is let go");
        }
    }
}
