package io.parley.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's) speaking Parley's JSON envelope, for tests. It keeps every
 * frame it receives so a test can wait for one, or check that one never came.
 */
public final class SocketClient implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final WebSocket socket;
    private final List<Map<String, Object>> frames = new ArrayList<>();
    private final CompletableFuture<Integer> closed;
    private int refs;

    private SocketClient(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.closed = listener.closed;
        listener.attach(this);
    }

    /** Opens {@code /ws}; {@code headers} are name/value pairs. Throws {@link Refused} if the upgrade is refused. */
    public static SocketClient connect(URI server, String query, String bearerToken, String... headers) {
        URI uri = URI.create(server.toString().replaceFirst("^http", "ws") + "/ws" + (query == null ? "" : "?" + query));
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        Listener listener = new Listener();
        try {
            WebSocket socket = builder.buildAsync(uri, listener).get(10, TimeUnit.SECONDS);
            return new SocketClient(socket, listener);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                throw new Refused(refused.getResponse().statusCode());
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static SocketClient connect(URI server, String bearerToken) {
        return connect(server, null, bearerToken);
    }

    /** Sends a frame and answers its ref. */
    public String send(String type, Map<String, ?> data) {
        String ref = "r" + (++refs);
        Map<String, Object> frame = new HashMap<>();
        frame.put("type", type);
        frame.put("data", data);
        frame.put("ref", ref);
        sendRaw(toJson(frame));
        return ref;
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    /** Sends one fragment of a text message; the message ends with a fragment that is {@code last}. */
    public void sendFragment(String text, boolean last) {
        socket.sendText(text, last).join();
    }

    /** Sends and waits for the one reply, ack or error. */
    public Map<String, Object> request(String type, Map<String, ?> data) {
        String ref = send(type, data);
        return await(f -> ref.equals(f.get("ref")));
    }

    public Map<String, Object> await(Predicate<Map<String, Object>> match) {
        Instant deadline = Instant.now().plus(WAIT);
        synchronized (frames) {
            while (true) {
                for (Map<String, Object> frame : frames) {
                    if (match.test(frame)) {
                        frames.remove(frame);
                        return frame;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no such frame within " + WAIT + "; received " + frames);
                }
                try {
                    frames.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    public Map<String, Object> awaitEvent(String type) {
        return await(f -> type.equals(f.get("type")) && f.get("ref") == null);
    }

    /** Waits {@code quiet} and fails if a frame of that type arrived meanwhile. */
    public void assertNoEvent(String type, Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
        synchronized (frames) {
            for (Map<String, Object> frame : frames) {
                if (type.equals(frame.get("type"))) {
                    throw new AssertionError("unexpected " + frame);
                }
            }
        }
    }

    /** Starts the close handshake from this side; {@link #awaitClose} gives the server's answer. */
    public void sendClose(int code, String reason) {
        socket.sendClose(code, reason).join();
    }

    /** The close code the server sent, waiting for it if need be. */
    public int awaitClose() {
        try {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // already going away
            }
        }
        socket.abort();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> data(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("data");
    }

    private void received(String text) {
        Map<String, Object> frame;
        try {
            frame = JSON.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (frames) {
            frames.add(frame);
            frames.notifyAll();
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The upgrade was answered with an HTTP status instead of a socket. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status) {
            super("upgrade refused with " + status);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final List<String> early = new ArrayList<>();
        private volatile SocketClient client;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                deliver(text);
            }
            webSocket.request(1);
            return null;
        }

        synchronized void attach(SocketClient owner) {
            client = owner;
            early.forEach(owner::received);
            early.clear();
        }

        private synchronized void deliver(String text) {
            if (client == null) {
                early.add(text);
                return;
            }
            client.received(text);
        }

        @Override
        public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
            webSocket.request(1);
            return webSocket.sendPong(message);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
