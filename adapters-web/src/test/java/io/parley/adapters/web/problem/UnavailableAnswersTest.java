package io.parley.adapters.web.problem;

import static io.parley.testing.ProblemAssertions.assertProblem;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.domain.Refusal;
import io.parley.testing.Accounts;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The core's {@code UNAVAILABLE} refusal, as HTTP and the socket answer it. Real outages are tested in bootstrap. */
@MicronautTest(environments = "outage")
class UnavailableAnswersTest {

    /** Transactions that fail as a database that cannot be reached does, while switched off. */
    @Singleton
    @Requires(env = "outage")
    @Replaces(RunInTransactionPort.class)
    static final class SwitchableDatabase implements RunInTransactionPort {

        volatile boolean down;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (down) {
                throw Refusal.unavailable("The database cannot be reached; try again shortly", Duration.ofSeconds(5));
            }
            return work.get();
        }
    }

    @Inject
    EmbeddedServer server;
    @Inject
    SwitchableDatabase database;

    @Test
    void http_answers_503_with_retry_after_and_the_socket_an_error_frame_that_is_not_held_against_the_client() {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = Accounts.register(api, "Ann");
        Person bob = Accounts.register(api, "Bob");
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");

        try (SocketClient socket = SocketClient.connect(server.getURI(), ann.token())) {
            database.down = true;
            Reply refused = api.post("/api/conversations/group", Map.of("name", "Team", "userIds", List.of(bob.id())), ann.token());
            assertProblem(refused, 503, "unavailable");
            assertEquals("5", refused.header("Retry-After"));

            // More refusals in a row than a client may send bad frames before it is cut off.
            for (int i = 0; i < 12; i++) {
                Map<String, Object> error = socket.request("send_message", Map.of("conversationId", direct, "content", "hello " + i));
                assertEquals("error", error.get("type"), error.toString());
                assertEquals("unavailable", data(error).get("code"));
                assertEquals(5000, ((Number) data(error).get("retryAfterMs")).intValue());
            }

            database.down = false;
            assertEquals("ack", socket.request("send_message", Map.of("conversationId", direct, "content", "back")).get("type"));
            assertFalse(socket.isClosed());
        }
    }
}
