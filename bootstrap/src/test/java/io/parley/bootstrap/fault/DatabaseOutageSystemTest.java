package io.parley.bootstrap.fault;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.SocketClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parley on an external MariaDB server whose process is killed while messages are being sent, and
 * started again on the same data directory and port, with Parley left running throughout. Needs
 * Debian's {@code mariadbd}; skipped without it (.ci/run installs it).
 */
class DatabaseOutageSystemTest {

    /** The bound for "a clear answer instead of a hang"; the figures printed are what was measured. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(30);

    private MariaDbServer database;
    private EmbeddedServer parley;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(MariaDbServer.installed(), "mariadbd is not installed (Debian: apt-get install mariadb-server)");
        // Under target/, like every Parley data directory in tests: never under java.io.tmpdir.
        database = MariaDbServer.create(Path.of("target/fault-mariadb"));
        parley = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "parley.database.url", database.databaseUrl(),
                "parley.auth.jwt-secret", "fault-test-secret-0123456789abcdef0123456789"), Environment.TEST);
    }

    @AfterEach
    void stop() throws Exception {
        if (parley != null) {
            parley.getApplicationContext().close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void while_the_database_is_down_every_call_is_refused_as_unavailable_and_once_it_is_back_parley_serves_again_losing_no_acked_message()
            throws Exception {
        URI uri = parley.getURI();
        ApiClient api = new ApiClient(uri);
        Person ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        // Carol signs up but makes her first authenticated call during the outage.
        Person carol = register(api, "Carol");
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        String ticket = (String) api.post("/api/auth/ws-ticket", Map.of(), bob.token()).json().get("ticket");
        assertHealth(api.get("/api/health", null), 200, "UP", "UP");

        try (SocketClient annSocket = SocketClient.connect(uri, ann.token())) {
            Sender sender = Sender.start(annSocket, direct);
            sender.awaitReply(Sender.Outcome::acked, Long.MIN_VALUE, ANSWER_WITHIN);
            Thread.sleep(500);

            database.kill();
            long killedAt = System.nanoTime();

            long asked = System.nanoTime();
            Reply inbox = api.get("/api/conversations", ann.token());
            Duration httpAnswer = Sender.since(asked);
            assertProblem(inbox, 503, "unavailable");
            assertNotNull(inbox.header("Retry-After"), inbox.headers().toString());
            assertTrue(httpAnswer.compareTo(ANSWER_WITHIN) < 0, "answered in " + httpAnswer);
            assertProblem(api.post("/api/conversations/" + direct + "/read", Map.of("seq", 1), ann.token()), 503, "unavailable");
            assertProblem(api.get("/api/users/me", carol.token()), 503, "unavailable");

            Sender.Outcome refused = sender.awaitReply(o -> !o.acked(), killedAt, ANSWER_WITHIN);
            assertEquals("unavailable", refused.code());

            try (SocketClient bobSocket = SocketClient.connect(uri, bob.token())) {
                assertEquals(1013, bobSocket.awaitClose(), "a connection opened during the outage is told to come back later");
            }
            SocketClient.Refused upgrade = assertThrows(SocketClient.Refused.class, () -> SocketClient.connect(uri, "ticket=" + ticket, null));
            assertEquals(503, upgrade.status(), "a ticket cannot be redeemed, and it is not the ticket's fault");

            long polled = System.nanoTime();
            Reply down = awaitHealth(api, 503);
            Duration healthDown = Sender.since(killedAt);
            Duration healthNoticed = Sender.since(polled);
            assertHealth(down, 503, "DOWN", "UP");

            database.start();
            long restartedAt = System.nanoTime();
            Sender.Outcome recovered = sender.awaitReply(Sender.Outcome::acked, restartedAt, RECOVERED_WITHIN);
            Duration recovery = Duration.ofNanos(recovered.repliedAt() - restartedAt);
            assertEquals(200, api.get("/api/conversations", ann.token()).status());
            assertEquals(200, api.get("/api/users/me", carol.token()).status());
            assertHealth(awaitHealth(api, 200), 200, "UP", "UP");
            List<Sender.Outcome> outcomes = sender.stop();

            assertFalse(annSocket.isClosed(), "the sender's connection lived through the outage");
            // A send in flight at the kill may still have been committed and acked; anything else answered meanwhile is refused.
            List<Sender.Outcome> duringOutage = outcomes.stream().filter(o -> o.repliedAt() > killedAt && o.repliedAt() < restartedAt)
                    .filter(o -> !(o.acked() && o.sentAt() < killedAt)).toList();
            assertEquals(Set.of("unavailable"), duringOutage.stream().map(o -> "error".equals(o.type()) ? o.code() : o.type())
                    .collect(Collectors.toSet()), "every send answered during the outage was refused as unavailable: " + duringOutage);
            Duration slowest = outcomes.stream().map(Sender.Outcome::took).max(Duration::compareTo).orElseThrow();
            assertTrue(slowest.compareTo(ANSWER_WITHIN) < 0, "every send was answered, the slowest in " + slowest);

            Set<String> acked = new TreeSet<>(outcomes.stream().filter(Sender.Outcome::acked).map(Sender.Outcome::clientMessageId).toList());
            List<String> stored = storedClientMessageIds(api, ann.token(), direct);
            assertEquals(stored.size(), new TreeSet<>(stored).size(), "no message is stored twice");
            assertTrue(stored.containsAll(acked), "every acked message is stored; missing: "
                    + acked.stream().filter(id -> !stored.contains(id)).toList());

            Sender.Outcome firstRefusal = outcomes.stream().filter(o -> !o.acked()).findFirst().orElseThrow();
            System.out.printf("fault/database: first socket error %d ms after the kill, first HTTP 503 answered in %d ms, "
                            + "health DOWN %d ms after the kill (%d ms after it was first asked); first ack %d ms after the restart; slowest reply %d ms; "
                            + "%d sent, %d acked, %d refused, %d stored (%d acked before the kill)%n",
                    (firstRefusal.repliedAt() - killedAt) / 1_000_000, httpAnswer.toMillis(), healthDown.toMillis(), healthNoticed.toMillis(),
                    recovery.toMillis(),
                    slowest.toMillis(), outcomes.size(), acked.size(), outcomes.size() - acked.size(), stored.size(),
                    outcomes.stream().filter(o -> o.acked() && o.repliedAt() < killedAt).count());
        }
    }

    /** Waits for health to answer {@code status}, each answer within the bound, for at most the health cache's life and a probe. */
    private static Reply awaitHealth(ApiClient api, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            long asked = System.nanoTime();
            Reply health = api.get("/api/health", null);
            assertTrue(Sender.since(asked).compareTo(ANSWER_WITHIN) < 0, "health answered in " + Sender.since(asked));
            if (health.status() == status || System.nanoTime() > deadline) {
                return health;
            }
            Thread.sleep(200);
        }
    }

    @SuppressWarnings("unchecked")
    static void assertHealth(Reply health, int status, String database, String storage) {
        assertEquals(status, health.status(), health.toString());
        Map<String, Object> body = health.json();
        assertEquals(status == 200 ? "UP" : "DOWN", body.get("status"), health.toString());
        Map<String, Object> checks = (Map<String, Object>) body.get("checks");
        assertEquals(Map.of("database", database, "storage", storage), checks, health.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> storedClientMessageIds(ApiClient api, String token, String conversation) {
        List<String> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            Reply page = api.get("/api/conversations/" + conversation + "/messages?after=" + after + "&limit=100", token);
            assertEquals(200, page.status(), page.toString());
            List<Map<String, Object>> messages = (List<Map<String, Object>>) page.json().get("messages");
            if (messages.isEmpty()) {
                return ids;
            }
            for (Map<String, Object> message : messages) {
                ids.add((String) message.get("clientMessageId"));
                after = ((Number) message.get("seq")).longValue();
            }
        }
    }
}
