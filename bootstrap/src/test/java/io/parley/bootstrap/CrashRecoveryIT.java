package io.parley.bootstrap;

import static io.parley.bootstrap.ParleyJar.awaitHealthy;
import static io.parley.bootstrap.ParleyJar.freePort;
import static io.parley.testing.Accounts.PASSWORD;
import static io.parley.testing.Accounts.register;
import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.SocketClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parley killed with SIGKILL (a {@code kill -9}, the OOM killer) comes back by itself on the same
 * data directory and has lost nothing it acknowledged. Its embedded MariaDB is a child process that
 * outlives it, holding the data directory; the next start has to deal with it. Runs the built jar.
 */
class CrashRecoveryIT {

    private static final Duration START = Duration.ofSeconds(60);
    // The left-over server's clean shutdown, a new server's start, then Parley's.
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final Duration TRAFFIC = Duration.ofSeconds(5);
    private static final int SENDERS = 4;
    private static final int PAGE = 100;
    private static final Path RUNS = Path.of("target/crash-recovery").toAbsolutePath();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void after_a_sigkill_the_next_start_stops_the_left_over_database_and_keeps_the_accounts() throws Exception {
        Path run = freshRun("sigkill");
        int port = freePort();
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        Map<String, String> env = env(run, port);
        String email = uniqueEmail();

        Process first = ParleyJar.start(env, run.resolve("first.log"));
        Optional<ProcessHandle> leftOver = Optional.empty();
        try {
            awaitHealthy(api, first, START);
            assertEquals(201, api.post("/api/auth/register", registration(email), null).status());
            leftOver = ParleyJar.embeddedDatabase(first);
            assertTrue(leftOver.isPresent(), "the jar runs its embedded database as a child process");
            ProcessHandle database = leftOver.get();

            first.destroyForcibly().waitFor();
            assertTrue(database.isAlive(), "the embedded database outlives a Parley killed with SIGKILL");

            Process second = ParleyJar.start(env, run.resolve("second.log"));
            try {
                Duration recovery = awaitHealthy(api, second, RECOVERY);
                Reply login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
                long said = Files.readAllLines(run.resolve("second.log")).stream()
                        .filter(line -> line.contains("Stopped the embedded database (pid " + database.pid() + ")")).count();
                System.out.printf("CrashRecoveryIT sigkill: the left-over mariadbd (pid %d) %s; restart to healthy %d ms%n",
                        database.pid(), database.isAlive() ? "is STILL RUNNING" : "was stopped by the restart", recovery.toMillis());

                assertEquals(200, login.status(), "the account survives the crash: " + login);
                assertFalse(database.isAlive(), "the left-over server was stopped");
                assertEquals(1, said, "one line in the log says the left-over server was stopped");
            } finally {
                ParleyJar.stop(second);
            }
        } finally {
            endIfAlive(first, leftOver);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void messages_acked_before_a_sigkill_mid_traffic_are_all_kept_once_in_gapless_order() throws Exception {
        Path run = freshRun("mid-traffic");
        int port = freePort();
        URI server = URI.create("http://127.0.0.1:" + port);
        ApiClient api = new ApiClient(server);
        Map<String, String> env = new HashMap<>(env(run, port));
        env.put("MESSAGE_RATE_LIMIT", "1000000"); // the senders run flat out

        Process first = ParleyJar.start(env, run.resolve("first.log"));
        Optional<ProcessHandle> leftOver = Optional.empty();
        try {
            awaitHealthy(api, first, START);
            List<Person> senders = new ArrayList<>();
            for (int i = 1; i <= SENDERS; i++) {
                senders.add(register(api, "Sender " + i));
            }
            Person readerPerson = register(api, "Reader");
            String room = (String) api.post("/api/rooms", Map.of("name", "Busy"), senders.get(0).token()).json().get("id");
            for (Person member : Stream.concat(senders.stream().skip(1), Stream.of(readerPerson)).toList()) {
                assertEquals(200, api.post("/api/rooms/" + room + "/join", Map.of(), member.token()).status());
            }
            Reader reader = new Reader(connect(server, readerPerson));
            List<Sender> sending = new ArrayList<>();
            for (Person sender : senders) {
                sending.add(new Sender(sender, connect(server, sender), room));
            }
            List<Thread> threads = Stream.concat(Stream.of(reader), sending.stream()).map(Thread::new).toList();
            threads.forEach(Thread::start);
            Thread.sleep(TRAFFIC.toMillis());
            leftOver = ParleyJar.embeddedDatabase(first);

            first.destroyForcibly().waitFor();

            Process second = ParleyJar.start(env, run.resolve("second.log"));
            try {
                Duration toHealthy = awaitHealthy(api, second, RECOVERY);
                // Each client notices the server is gone when its wait for a frame runs out.
                for (Thread thread : threads) {
                    thread.join(SocketClient.WAIT.plusSeconds(20).toMillis());
                    assertFalse(thread.isAlive(), "a client is still waiting on the killed server");
                }
                assertEquals(List.of(), sending.stream().flatMap(s -> s.refused.stream()).toList(), "no send before the kill was refused");
                List<Map<String, Object>> acked = sending.stream().flatMap(s -> s.acked.stream()).toList();
                Set<Object> storedAtTheKill = after(api, room, 0, senders.get(0).token()).stream()
                        .map(m -> m.get("clientMessageId")).collect(Collectors.toSet());
                long inFlightButStored = sending.stream().filter(s -> storedAtTheKill.contains(s.inFlight)).count();
                List<Map<String, Object>> resent = new ArrayList<>();
                Set<Long> newlyStored = new HashSet<>();
                Set<Long> pushedAfterRestart = new HashSet<>();
                try (SocketClient readerAgain = connect(server, readerPerson)) {
                    for (Sender sender : sending) {
                        sender.resendInFlight(server).ifPresent(resent::add);
                    }
                    // A resend of what was already stored returns it again and is no news to push.
                    resent.stream().filter(m -> !storedAtTheKill.contains(m.get("clientMessageId"))).forEach(m -> newlyStored.add(seq(m)));
                    for (int i = 0; i < newlyStored.size(); i++) {
                        pushedAfterRestart.add(seq(data(readerAgain.awaitEvent("receive_message"))));
                    }
                }
                long lastSeen = reader.lastSeqWithNothingMissing();
                List<Map<String, Object>> caughtUp = after(api, room, lastSeen, readerPerson.token());
                List<Map<String, Object>> history = after(api, room, 0, senders.get(0).token());

                Map<Object, Long> copies = history.stream().collect(Collectors.groupingBy(m -> m.get("clientMessageId"), Collectors.counting()));
                long duplicates = copies.values().stream().mapToLong(n -> n - 1).sum();
                TreeSet<Long> seqs = new TreeSet<>(history.stream().map(CrashRecoveryIT::seq).toList());
                long highest = seqs.isEmpty() ? 0 : seqs.last();
                long gaps = highest - seqs.size();
                Map<Object, Map<String, Object>> byId = history.stream().collect(Collectors.toMap(m -> m.get("id"), Function.identity(), (a, b) -> a));
                List<Map<String, Object>> ackedButLost = acked.stream()
                        .filter(m -> !byId.containsKey(m.get("id")) || seq(byId.get(m.get("id"))) != seq(m)).toList();
                List<Long> expectedCatchUp = history.stream().map(CrashRecoveryIT::seq).filter(s -> s > lastSeen).sorted().toList();
                List<Long> caughtUpSeqs = caughtUp.stream().map(CrashRecoveryIT::seq).toList();
                System.out.printf("CrashRecoveryIT kill -9 mid-traffic: %d senders for %d s; acked before the kill %d, of them in history "
                                + "after the restart %d; in flight at the kill %d (committed but not acked %d), resent with the same "
                                + "clientMessageId and acked %d; history %d messages, duplicates %d, seq gaps %d (highest seq %d); "
                                + "the reader got %d pushes (%d out of order) and caught up after=%d with %d messages; "
                                + "restart to healthy %d ms%n",
                        SENDERS, TRAFFIC.toSeconds(), acked.size(), acked.size() - ackedButLost.size(),
                        sending.stream().filter(s -> s.inFlight != null).count(), inFlightButStored, resent.size(),
                        history.size(), duplicates, gaps, highest,
                        reader.received.size(), reader.outOfOrder(), lastSeen, caughtUp.size(), toHealthy.toMillis());

                assertTrue(acked.size() > SENDERS, "traffic flowed before the kill: " + acked.size() + " acks");
                assertEquals(List.of(), ackedButLost, "every acked message is kept, with the seq its ack gave");
                assertEquals(0, duplicates, "no message is stored twice");
                assertEquals(0, gaps, "seq runs 1.." + highest + " without a gap");
                assertEquals(acked.size() + resent.size(), history.size(), "history holds exactly the acked and the resent messages");
                for (Map<String, Object> message : resent) {
                    assertEquals(1, copies.get(message.get("clientMessageId")), "a resent in-flight message is stored once: " + message);
                }
                assertEquals(reader.received.size(), new HashSet<>(reader.received).size(), "no message was pushed twice");
                assertEquals(newlyStored, pushedAfterRestart, "the reconnected reader is pushed the resent messages that are new");
                assertEquals(expectedCatchUp, caughtUpSeqs, "catch-up after the last seq seen returns exactly what came after it");
            } finally {
                ParleyJar.stop(second);
            }
        } finally {
            endIfAlive(first, leftOver);
        }
    }

    /** Keeps sending, one message at a time, each acked before the next; stops when the server is gone. */
    private static final class Sender implements Runnable {
        final Person person;
        final SocketClient socket;
        final String room;
        final List<Map<String, Object>> acked = new ArrayList<>();
        final List<Map<String, Object>> refused = new ArrayList<>();
        // Sent but not acked when the server went away: it may or may not have been committed.
        String inFlight;

        Sender(Person person, SocketClient socket, String room) {
            this.person = person;
            this.socket = socket;
            this.room = room;
        }

        @Override
        public void run() {
            for (int n = 1; ; n++) {
                inFlight = person.name().replace(' ', '-') + "-" + n;
                Map<String, Object> reply;
                try {
                    reply = socket.request("send_message", content(inFlight));
                } catch (AssertionError | RuntimeException serverGone) {
                    socket.close();
                    return;
                }
                if (!"ack".equals(reply.get("type"))) {
                    refused.add(reply);
                    return;
                }
                acked.add(message(reply));
                inFlight = null;
            }
        }

        /** What a client does after reconnecting: send what was not acked again, under the same clientMessageId. */
        Optional<Map<String, Object>> resendInFlight(URI server) {
            if (inFlight == null) {
                return Optional.empty();
            }
            try (SocketClient again = SocketClient.connect(server, person.token())) {
                Map<String, Object> reply = again.request("send_message", content(inFlight));
                assertEquals("ack", reply.get("type"), "a resend is acked: " + reply);
                return Optional.of(message(reply));
            }
        }

        private Map<String, Object> content(String clientMessageId) {
            return Map.of("roomId", room, "content", "message " + clientMessageId, "clientMessageId", clientMessageId);
        }
    }

    /** A member who only listens, noting the seq of every message pushed to it, until the server is gone. */
    private static final class Reader implements Runnable {
        final SocketClient socket;
        final List<Long> received = new ArrayList<>();

        Reader(SocketClient socket) {
            this.socket = socket;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    received.add(seq(data(socket.awaitEvent("receive_message"))));
                }
            } catch (AssertionError quietFor10Seconds) {
                socket.close();
            }
        }

        /**
         * The seq to catch up after: the highest below which nothing is missing. Events are pushed after
         * each commit by the sender's thread, so two senders' events may arrive out of order, and a kill
         * between them leaves a hole below the highest seq received.
         */
        long lastSeqWithNothingMissing() {
            Set<Long> seen = new HashSet<>(received);
            long last = 0;
            while (seen.contains(last + 1)) {
                last++;
            }
            return last;
        }

        long outOfOrder() {
            long count = 0;
            for (int i = 1; i < received.size(); i++) {
                count += received.get(i) < received.get(i - 1) ? 1 : 0;
            }
            return count;
        }
    }

    /** Every message after {@code seq}, oldest first, a page at a time, as a catching-up client reads them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> after(ApiClient api, String room, long seq, String token) {
        List<Map<String, Object>> all = new ArrayList<>();
        long after = seq;
        while (true) {
            Reply page = api.get("/api/conversations/" + room + "/messages?after=" + after + "&limit=" + PAGE, token);
            assertEquals(200, page.status(), page.toString());
            List<Map<String, Object>> messages = (List<Map<String, Object>>) page.json().get("messages");
            all.addAll(messages);
            if (messages.size() < PAGE) {
                return all;
            }
            after = messages.stream().map(CrashRecoveryIT::seq).max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    private static SocketClient connect(URI server, Person person) {
        SocketClient socket = SocketClient.connect(server, person.token());
        // A pong proves the connection is subscribed to the person's conversations.
        socket.request("ping", Map.of());
        return socket;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Map<String, Object> ack) {
        return (Map<String, Object>) data(ack).get("message");
    }

    private static long seq(Map<String, Object> message) {
        return ((Number) message.get("seq")).longValue();
    }

    private static Map<String, String> env(Path run, int port) {
        return Map.of("PORT", String.valueOf(port), "DATA_DIR", run.resolve("data").toString());
    }

    // Under target/, as the data directory a person would give Parley; a run's logs stay there to read.
    private static Path freshRun(String name) throws IOException {
        Path run = RUNS.resolve(name);
        if (Files.exists(run)) {
            try (Stream<Path> paths = Files.walk(run)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(run);
    }

    // Only when a test failed half-way: neither the killed jar nor the server it left outlives the test.
    private static void endIfAlive(Process jar, Optional<ProcessHandle> leftOver) {
        jar.destroyForcibly();
        leftOver.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
    }
}
