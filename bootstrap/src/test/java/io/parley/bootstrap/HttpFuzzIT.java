package io.parley.bootstrap;

import static io.parley.bootstrap.ParleyJar.awaitHealthy;
import static io.parley.bootstrap.ParleyJar.freePort;
import static io.parley.bootstrap.ParleyJar.stop;
import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated requests, a lot of them, across the whole HTTP API of the built jar: every route with
 * ids real, random, non-ASCII and malformed; every method; with and without a token; JSON of wrong
 * types, random bytes, deep nesting, huge numbers; multipart with and without a boundary or a file;
 * bad escapes in the target. None may be answered with a 5xx or leak a stack trace or SQL, and a
 * legitimate user is served normally afterwards.
 *
 * <p>Written on raw sockets, so that the target and headers are sent as generated (an HTTP client
 * would refuse or escape them). Against the jar, as it runs for people: Micronaut trips one of its
 * own assertions on a multipart route reached without a Content-Type when the JVM runs with
 * {@code -ea}, as in-process tests do; as shipped, that request is a 400 like any other. Seeded, so a
 * failure can be replayed; the seed is printed.
 */
class HttpFuzzIT {

    private static final int REQUESTS = 12_000;
    private static final int CLIENTS = 4;
    private static final Path RUN = Path.of("target/http-fuzz").toAbsolutePath();
    private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PROPFIND", "G\u00c9T"};
    private static final String[] ROUTES = {
        "/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/auth/ws-ticket",
        "/api/users/me", "/api/users/me/password", "/api/users/me/avatar", "/api/users", "/api/users/{user}",
        "/api/users/{user}/avatar", "/api/conversations", "/api/conversations/direct", "/api/conversations/group",
        "/api/conversations/{conversation}", "/api/conversations/{conversation}/messages", "/api/conversations/{conversation}/read",
        "/api/rooms", "/api/rooms/public", "/api/rooms/{room}/join", "/api/rooms/{room}/messages", "/api/rooms/{room}/invite",
        "/api/attachments", "/api/attachments/{attachment}", "/api/attachments/{attachment}/thumbnail", "/api/health",
        "/api/nothing-here", "/", "/login"};
    private static final String[] FIELDS = {"name", "email", "password", "refreshToken", "current", "new", "userId", "userIds",
        "isPrivate", "description", "inviteCode", "avatarUrl", "seq", "status"};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json; charset=utf-16", "text/plain",
        "multipart/form-data", "multipart/form-data; boundary=b", "application/x-www-form-urlencoded", "image/png", "*/*", "\u00fc/\u00fc"};
    private static final String[] QUERIES = {"", "?after=-1", "?after=abc", "?before=99999999999999999999", "?limit=1e99",
        "?limit=-5", "?q=%", "?x=%zz", "?code=\u00fc", "?after=1&after=2", "?%00=%00", "?limit=" + "9".repeat(400)};

    private static Process parley;
    private static int port;
    private static URI base;
    private static ApiClient api;
    private static Ids ids;

    private final long seed = System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(RUN);
        port = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        api = new ApiClient(base);
        // The address limit on sign-ups and failed logins would answer most auth requests 429 before they are read.
        parley = ParleyJar.start(Map.of("PORT", String.valueOf(port), "DATA_DIR", RUN.resolve("data").toString(),
                "AUTH_RATE_LIMIT", "1000000"), RUN.resolve("parley.log"));
        awaitHealthy(api, parley, Duration.ofMinutes(2));
        ids = Ids.of(api);
    }

    @AfterAll
    static void stopParley() throws InterruptedException {
        if (parley != null) {
            stop(parley);
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void twelve_thousand_generated_requests_get_no_5xx_and_leak_nothing() throws Exception {
        System.out.println("http fuzz seed " + seed);

        Tally tally = fuzz(port, ids);
        System.out.printf("http fuzz: %d requests, statuses %s%n", tally.requests.get(), new TreeMap<>(tally.statuses));

        assertEquals(List.of(), tally.failures, "requests answered with a 5xx, a leak or no answer");
        assertEquals(200, api.get("/api/health", null).status());
        try (SocketClient socket = SocketClient.connect(base, ids.ann.token())) {
            Map<String, Object> ack = socket.request("send_message", Map.of("roomId", ids.room, "content", "still here"));
            assertEquals("ack", ack.get("type"), ack.toString());
        }
    }

    /** Found by the fuzzer: without a Content-Type Micronaut reads an upload's body as a URL-encoded form, and Netty fails on a bad escape. */
    @Test
    void an_upload_without_a_content_type_whose_body_has_a_broken_escape_is_400() throws IOException {
        for (String route : List.of("PUT /api/users/me/avatar", "POST /api/attachments")) {
            String body = "a=%zz&b=%";
            String answer = exchange(port, (route + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
                    + ids.ann.token() + "\r\nContent-Length: " + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));

            assertTrue(answer.startsWith("HTTP/1.1 400 "), route + ": " + answer);
            assertTrue(answer.contains("\"code\":\"validation_failed\""), route + ": " + answer);
        }
    }

    private Tally fuzz(int port, Ids ids) throws Exception {
        Tally tally = new Tally();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(seed + c);
                running.add(clients.submit(() -> {
                    for (int i = 0; i < REQUESTS / CLIENTS; i++) {
                        byte[] request = request(random, ids);
                        tally.record(request, exchange(port, request));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return tally;
    }

    // ---- requests

    private static byte[] request(Random random, Ids ids) {
        String method = pick(random, METHODS);
        String target = target(random, ids);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        switch (random.nextInt(5)) {
            case 0 -> { } // no token
            case 1 -> head.append("Authorization: Bearer ").append(randomText(random, random.nextInt(60))).append("\r\n");
            case 2 -> head.append("Authorization: ").append(pick(random, new String[] {"Basic eDp5", "Bearer", "bearer " + ids.ann.token()}))
                    .append("\r\n");
            default -> head.append("Authorization: Bearer ").append(ids.ann.token()).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            head.append("Origin: ").append(pick(random, new String[] {"http://evil.test", "null", "https://127.0.0.1", "\u00fc"})).append("\r\n");
        }
        if (random.nextInt(8) == 0) {
            head.append("X-Parley-Refresh: cookie\r\nCookie: parley_refresh=").append(randomText(random, 40)).append("\r\n");
        }
        int contentType = random.nextInt(CONTENT_TYPES.length + 1);
        if (contentType < CONTENT_TYPES.length) {
            head.append("Content-Type: ").append(CONTENT_TYPES[contentType]).append("\r\n");
        }
        writeBody(random, contentType < CONTENT_TYPES.length && CONTENT_TYPES[contentType].endsWith("boundary=b"), body);
        head.append("Content-Length: ").append(body.size()).append("\r\n\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        request.writeBytes(body.toByteArray());
        return request.toByteArray();
    }

    private static String target(Random random, Ids ids) {
        String route = pick(random, ROUTES);
        for (String name : List.of("user", "conversation", "room", "attachment")) {
            route = route.replace("{" + name + "}", id(random, ids.byKind.get(name)));
        }
        return route + pick(random, QUERIES);
    }

    private static String id(Random random, String real) {
        return switch (random.nextInt(9)) {
            case 0, 1, 2 -> real;
            case 3 -> UUID.randomUUID().toString();
            case 4 -> "\u00fc";
            case 5 -> "%" + (random.nextBoolean() ? "" : "zz");
            case 6 -> "x".repeat(random.nextInt(5_000));
            case 7 -> "%27%20OR%201=1--";
            default -> "..%2f..%2fetc%2fpasswd";
        };
    }

    private static void writeBody(Random random, boolean multipart, ByteArrayOutputStream body) {
        if (multipart) {
            String part = random.nextBoolean()
                    ? "Content-Disposition: form-data; name=\"file\"; filename=\"" + randomText(random, 12) + "\"\r\nContent-Type: "
                            + pick(random, new String[] {"image/png", "text/plain", "application/x-evil", ""}) + "\r\n\r\n"
                    : "Content-Disposition: form-data; name=\"" + pick(random, new String[] {"file", "avatar", ""}) + "\"\r\n\r\n";
            body.writeBytes(("--b\r\n" + part).getBytes(StandardCharsets.UTF_8));
            byte[] content = new byte[random.nextInt(2_000)];
            random.nextBytes(content);
            if (random.nextBoolean()) {
                System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, content, 0, Math.min(8, content.length));
            }
            body.writeBytes(content);
            if (random.nextInt(4) != 0) {
                body.writeBytes("\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        String text = switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> randomText(random, random.nextInt(300));
            case 2 -> "[".repeat(random.nextInt(5_000));
            case 3 -> "{\"name\":" + pick(random, new String[] {"1e999999", "-0", "123456789012345678901234567890", "\"\\ud800\"", "[]"}) + "}";
            default -> object(random);
        };
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String object(Random random) {
        StringBuilder json = new StringBuilder("{");
        for (String field : FIELDS) {
            if (random.nextInt(3) == 0) {
                json.append(json.length() > 1 ? "," : "").append('"').append(field).append("\":").append(value(random, 2));
            }
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 10 : 8)) {
            case 0 -> String.valueOf(random.nextBoolean());
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> "1e" + random.nextInt(400);
            case 3 -> "null";
            case 4 -> "\"\"";
            case 5 -> "\"" + pick(random, new String[] {"yes", "TRUE", "on", "u-x@example.test", "correct horse"}) + "\"";
            case 6, 7 -> quoted(randomText(random, random.nextInt(80)));
            case 8 -> "[" + value(random, depth - 1) + "," + value(random, depth - 1) + "]";
            default -> "{\"k\":" + value(random, depth - 1) + "}";
        };
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Code points from every corner: controls, bidi overrides, zero-width, emoji, CJK, the BOM, the last code point. */
    private static String randomText(Random random, int length) {
        int[] corners = {0x1, 0x7, 0x1B, 0x7F, 0x85, 0xA0, 0x202E, 0x2066, 0x200B, 0xFEFF, 0xFFFD, 0x1F600, 0x4E2D, 0x10FFFF,
            '"', '\\', '{', '}', '%', '\'', '<'};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(3) == 0 ? corners[random.nextInt(corners.length)] : 0x20 + random.nextInt(0x5F));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    // ---- the wire

    /**
     * Sends one request on its own connection and reads the answer until the server closes it; what
     * came before a reset counts (a server may refuse a request before reading all of it). No answer
     * at all is {@code null}.
     */
    private static String exchange(int port, byte[] request) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
            }
        } catch (SocketException reset) {
            // what came before it stands
        }
        return answer.size() == 0 ? null : answer.toString(StandardCharsets.ISO_8859_1);
    }

    /** Two users, a room, a direct conversation and an attachment, so that some generated ids are real. */
    private record Ids(Person ann, String room, Map<String, String> byKind) {
        static Ids of(ApiClient api) {
            Person ann = register(api, "Ann");
            Person bob = register(api, "Bob");
            String room = (String) api.post("/api/rooms", Map.of("name", "fuzz"), ann.token()).json().get("id");
            String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
            String attachment = (String) api.upload("/api/attachments", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8),
                    ann.token()).json().get("id");
            return new Ids(ann, room, Map.of("user", bob.id(), "conversation", direct, "room", room, "attachment", attachment));
        }
    }

    /** What came back; a 5xx, a stack trace, SQL or no answer at all is a failure, kept with its request to replay. */
    private static final class Tally {
        final AtomicInteger requests = new AtomicInteger();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        void record(byte[] request, String answer) {
            requests.incrementAndGet();
            String what = answer == null ? null : failure(answer);
            int status = answer == null ? -1 : status(answer);
            statuses.merge(status, 1, Integer::sum);
            if ((answer == null || what != null) && failures.size() < 20) {
                String sent = new String(request, StandardCharsets.UTF_8);
                failures.add((answer == null ? "no answer" : what) + " to: " + sent.substring(0, Math.min(400, sent.length())));
            }
        }

        private static String failure(String answer) {
            if (status(answer) >= 500) {
                return answer.substring(0, Math.min(600, answer.length()));
            }
            for (String leak : List.of("Exception", "\tat ", "SQL", "java.", "io.micronaut", "io.netty")) {
                if (answer.contains(leak)) {
                    return "leaks '" + leak + "': " + answer.substring(0, Math.min(600, answer.length()));
                }
            }
            return null;
        }

        private static int status(String answer) {
            String[] statusLine = answer.split(" ", 3);
            return statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
        }
    }
}
