package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default limit, 5 messages per window, in real time (a short window keeps the test quick). */
@MicronautTest
@Property(name = "parley.chat.messages-per-window", value = "5")
@Property(name = "parley.chat.message-window", value = "4s")
class MessageRateLimitSystemTest {

    @Inject
    EmbeddedServer server;

    @Test
    void the_sixth_message_in_the_window_is_refused_and_one_after_the_window_accepted() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");

        try (SocketClient socket = SocketClient.connect(server.getURI(), ann.token())) {
            for (int i = 1; i <= 5; i++) {
                assertEquals("ack", socket.request("send_message", Map.of("roomId", direct, "content", "m" + i)).get("type"));
            }
            Map<String, Object> sixth = socket.request("send_message", Map.of("roomId", direct, "content", "m6"));

            assertEquals("error", sixth.get("type"));
            assertEquals("rate_limited", data(sixth).get("code"));
            long retryAfterMs = ((Number) data(sixth).get("retryAfterMs")).longValue();
            assertTrue(retryAfterMs > 0 && retryAfterMs <= 4000, "retryAfterMs " + retryAfterMs);

            Thread.sleep(retryAfterMs + 50);
            assertEquals("ack", socket.request("send_message", Map.of("roomId", direct, "content", "m6 again")).get("type"));
        }
    }
}
