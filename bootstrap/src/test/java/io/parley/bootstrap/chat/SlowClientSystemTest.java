package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** A peer that stops reading is cut off once its buffer stays full (stall timeout shortened), and the sender carries on. */
@MicronautTest
@Property(name = "micronaut.server.read-idle-timeout", value = "60s")
@Property(name = "parley.ws.ping-interval", value = "500ms")
@Property(name = "parley.ws.stall-timeout", value = "500ms")
// Small kernel buffers, so that what the peer does not read piles up in the server's own buffer quickly.
@Property(name = "micronaut.server.netty.child-options.SO_SNDBUF", value = "8192")
class SlowClientSystemTest {

    @Inject
    EmbeddedServer server;

    @Test
    void a_client_that_stops_reading_is_cut_off_and_the_sender_carries_on() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        String big = "x".repeat(3900);

        try (StalledSocket slowBob = StalledSocket.open(server.getURI(), bob.token());
             SocketClient annSocket = SocketClient.connect(server.getURI(), ann.token())) {
            for (int i = 0; i < 300; i++) {
                assertEquals("ack", annSocket.request("send_message", Map.of("roomId", direct, "content", big + i)).get("type"));
            }

            assertTrue(slowBob.closedByServerWithin(Duration.ofSeconds(2)), "the stalled reader is cut off before read-idle would");
            assertFalse(annSocket.isClosed());
            @SuppressWarnings("unchecked")
            Map<String, Object> last = (Map<String, Object>) api.get("/api/conversations/" + direct, bob.token()).json().get("lastMessage");
            assertEquals(300, ((Number) last.get("seq")).intValue(), "nothing was lost: all 300 are stored for catching up");
        }
    }
}
