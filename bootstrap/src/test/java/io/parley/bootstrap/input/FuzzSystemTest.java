package io.parley.bootstrap.input;

import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated garbage, a lot of it, at the socket: nothing a client sends may crash the server or be
 * answered with an internal error, and a legitimate user is served normally afterwards. Seeded, so
 * a failure can be replayed; the seed is printed.
 */
@MicronautTest
class FuzzSystemTest {

    private static final int FRAMES = 100_000;
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final String[] TYPES = {"send_message", "join_room", "typing", "mark_read", "ping", "nonsense", "", "SEND_MESSAGE"};
    private static final String[] FIELDS = {"roomId", "conversationId", "content", "clientMessageId", "attachmentIds", "isTyping",
            "seq", "inviteCode"};

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;
    String room;
    final long seed = System.nanoTime();

    @BeforeEach
    void aRoom() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        room = (String) api.post("/api/rooms", Map.of("name", "fuzz"), ann.token()).json().get("id");
        System.out.println("fuzz seed " + seed);
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void a_hundred_thousand_generated_frames_get_no_internal_error_and_crash_nothing() throws Exception {
        Random random = new Random(seed);
        Tally tally = new Tally();
        int sent = 0;
        while (sent < FRAMES) {
            sent += fuzzOneConnection(random, tally, FRAMES - sent);
        }
        System.out.printf("fuzz frames: %d sent over %d connections, %d replies, %d closed for abuse; closes: %s%n",
                sent, tally.connections.get(), tally.replies.get(), tally.abuseCloses.get(), tally.closeReasons);

        assertEquals(List.of(), tally.internalErrors, "frames answered with internal_error");
        assertEquals(List.of(), tally.otherCloses, "connections closed otherwise than for abuse");
        assertEquals(List.of(), tally.unanswered, "connections the server neither served nor closed");
        aLegitimateSendStillWorks();
    }

    private void aLegitimateSendStillWorks() {
        assertEquals(200, api.get("/api/health", null).status());
        try (SocketClient socket = SocketClient.connect(server.getURI(), ann.token())) {
            Map<String, Object> ack = socket.request("send_message", Map.of("roomId", room, "content", "still here"));
            assertEquals("ack", ack.get("type"), ack.toString());
        }
    }

    // ---- frames

    private int fuzzOneConnection(Random random, Tally tally, int budget) throws Exception {
        tally.connections.incrementAndGet();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        Semaphore window = new Semaphore(64);
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + ann.token())
                .buildAsync(URI.create(server.getURI().toString().replaceFirst("^http", "ws") + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            String reply = text.toString();
                            tally.reply(reply);
                            text.setLength(0);
                            // Events pushed to this connection (its own messages, typing) answer no frame.
                            if (reply.startsWith("{\"type\":\"ack\"") || reply.startsWith("{\"type\":\"error\"")
                                    || reply.startsWith("{\"type\":\"pong\"")) {
                                window.release();
                            }
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                        tally.closeReasons.merge(status + " " + reason, 1, Integer::sum);
                        closed.complete(status);
                        window.release(1_000);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        tally.closeReasons.merge("error " + error, 1, Integer::sum);
                        closed.complete(-1);
                        window.release(1_000);
                    }
                }).get(10, TimeUnit.SECONDS);
        int sent = 0;
        try {
            while (sent < budget && !closed.isDone()) {
                // Every few frames one good one, as a client with bugs (not an attacker) would send:
                // the server cuts off only a run of bad frames.
                boolean good = sent % 4 == 3;
                String frame = good ? "{\"type\":\"ping\",\"ref\":\"ok\"}" : frame(random);
                window.acquire();
                if (!good && random.nextInt(50) == 0) {
                    byte[] bytes = new byte[random.nextInt(64)];
                    random.nextBytes(bytes);
                    socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
                } else {
                    socket.sendText(frame, true).get(10, TimeUnit.SECONDS);
                }
                sent++;
            }
        } catch (Exception sendFailed) {
            // The server hung up while we were sending, and its close frame says why; or it stopped
            // reading, which is a failure of its own.
            if (!closesWithin10s(closed)) {
                tally.unanswered.add("a send failed and the server did not close: " + sendFailed);
                socket.abort();
                return Math.max(sent, 1);
            }
        }
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
            if (!closesWithin10s(closed)) {
                tally.unanswered.add("our close frame was not answered");
                socket.abort();
                return Math.max(sent, 1);
            }
        }
        int status = closed.join();
        if (status == 1008) {
            tally.abuseCloses.incrementAndGet();
        } else if (status != WebSocket.NORMAL_CLOSURE) {
            tally.otherCloses.add(status);
        }
        return Math.max(sent, 1);
    }

    private static boolean closesWithin10s(CompletableFuture<Integer> closed) throws InterruptedException {
        try {
            closed.get(10, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private String frame(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomText(random, random.nextInt(200));
            case 1 -> nested(random.nextInt(3000));
            case 2 -> "{\"type\":\"send_message\",\"data\":{\"roomId\":\"" + room + "\",\"content\":" + scalar(random) + "},\"ref\":\"x\"}";
            default -> json(envelope(random));
        };
    }

    private Map<String, Object> envelope(Random random) {
        Map<String, Object> data = new ConcurrentHashMap<>();
        for (String field : FIELDS) {
            if (random.nextBoolean()) {
                data.put(field, field.equals("roomId") && random.nextBoolean() ? room : value(random, 2));
            }
        }
        Map<String, Object> frame = new ConcurrentHashMap<>();
        frame.put("type", random.nextInt(8) == 0 ? value(random, 1) : TYPES[random.nextInt(TYPES.length)]);
        frame.put(random.nextInt(10) == 0 ? "daat" : "data", random.nextInt(10) == 0 ? value(random, 1) : data);
        frame.put("ref", random.nextInt(10) == 0 ? value(random, 1) : "r" + random.nextInt(1000));
        return frame;
    }

    private static Object value(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> random.nextBoolean();
            case 1 -> random.nextLong();
            case 2 -> random.nextDouble() * 1e300;
            case 3 -> new java.math.BigInteger(200, random);
            case 4 -> randomText(random, random.nextInt(80));
            case 5 -> "";
            case 6 -> List.of();
            case 7 -> List.of(value(random, depth - 1), value(random, depth - 1));
            default -> Map.of("k" + random.nextInt(5), value(random, depth - 1));
        };
    }

    private static String scalar(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "1e999999";
            case 1 -> "-0";
            case 2 -> "123456789012345678901234567890";
            case 3 -> "null";
            case 4 -> "[]";
            default -> "\"\\ud800\"";
        };
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /**
     * Code points from every corner: controls, bidi overrides, zero-width, emoji, CJK, the BOM, the last
     * code point. (Lone surrogate halves cannot be sent as UTF-8; the JSON escape of one is in {@link #scalar}.)
     */
    private static String randomText(Random random, int length) {
        int[] corners = {0x0, 0x7, 0x1B, 0x7F, 0x85, 0xA0, 0x202E, 0x2066, 0x200B, 0xFEFF, 0xFFFD, 0xFFFF, 0x1F600, 0x4E2D,
                0x10FFFF, '"', '\\', '{', '}', '%', '\'', '<'};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(3) == 0 ? corners[random.nextInt(corners.length)] : 0x20 + random.nextInt(0x5F);
            text.appendCodePoint(c);
        }
        return text.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the socket fuzzer saw; internal errors and unexpected closes are what fails the test. */
    private static final class Tally {
        final AtomicInteger connections = new AtomicInteger();
        final AtomicInteger replies = new AtomicInteger();
        final AtomicInteger abuseCloses = new AtomicInteger();
        final List<String> internalErrors = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> otherCloses = Collections.synchronizedList(new ArrayList<>());
        final List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> closeReasons = new ConcurrentHashMap<>();

        void reply(String text) {
            replies.incrementAndGet();
            if (text.contains("\"internal_error\"") && internalErrors.size() < 20) {
                internalErrors.add(text);
            }
        }
    }
}
