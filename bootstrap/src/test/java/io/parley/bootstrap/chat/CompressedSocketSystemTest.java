package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.DeflateFrameClientExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.compression.PerMessageDeflateClientExtensionHandshaker;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Browsers compress what they send (permessage-deflate), and text like {@code "xxx…"} shrinks a
 * thousandfold: the 64 KiB limit of SPEC §4 holds for the message once inflated, and the server
 * never inflates much more than that before it refuses one.
 */
@MicronautTest
class CompressedSocketSystemTest {

    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;
    /** SPEC §4: a client frame is at most 64 KiB. */
    private static final int LIMIT = 64 * KIB;

    @Inject
    EmbeddedServer server;

    Person ann;
    String direct;
    final List<DeflateSocket> sockets = new ArrayList<>();

    @BeforeEach
    void aDirectConversation() {
        ApiClient api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(DeflateSocket::close);
    }

    DeflateSocket connect(WebSocketClientExtensionHandshaker compression) {
        DeflateSocket socket = DeflateSocket.connect(server.getURI(), ann.token(), compression);
        sockets.add(socket);
        assertTrue(socket.compresses(), "the server agreed to compress");
        return socket;
    }

    DeflateSocket connect() {
        return connect(new PerMessageDeflateClientExtensionHandshaker());
    }

    /** A send_message frame of exactly {@code bytes} bytes. */
    String messageOfBytes(String ref, int bytes) {
        return sendMessage(ref, bytes - sendMessage(ref, 0).length());
    }

    String sendMessage(String ref, int contentChars) {
        return "{\"type\":\"send_message\",\"ref\":\"" + ref + "\",\"data\":{\"roomId\":\"" + direct
                + "\",\"content\":\"" + "x".repeat(contentChars) + "\"}}";
    }

    @Test
    void a_compressed_message_is_read_and_answered() throws Exception {
        DeflateSocket socket = connect();

        socket.send("{\"type\":\"ping\",\"ref\":\"p\"}");
        socket.send("{\"type\":\"send_message\",\"ref\":\"s\",\"data\":{\"roomId\":\"" + direct + "\",\"content\":\"squeezed 🗜\"}}");

        assertEquals("pong", socket.await(f -> "p".equals(f.get("ref"))).get("type"));
        Map<String, Object> ack = socket.await(f -> "s".equals(f.get("ref")));
        assertEquals("ack", ack.get("type"));
        assertEquals("squeezed 🗜", ((Map<?, ?>) data(ack).get("message")).get("content"));
    }

    @Test
    void a_compressed_message_of_exactly_the_limit_is_read_and_one_byte_more_is_not() throws Exception {
        DeflateSocket atLimit = connect();
        DeflateSocket overLimit = connect();

        atLimit.send(messageOfBytes("at", LIMIT));
        overLimit.send(messageOfBytes("over", LIMIT + 1));

        assertEquals("content", data(atLimit.await(f -> "at".equals(f.get("ref")))).get("field"),
                "read and refused for its length, not cut off");
        assertEquals(1009, overLimit.awaitClose());
    }

    @ParameterizedTest
    @ValueSource(ints = {70 * KIB, MIB, 4 * MIB, 32 * MIB})
    void a_compressed_message_over_the_limit_once_inflated_closes_the_connection_as_too_big(int contentChars) {
        DeflateSocket socket = connect();

        socket.send(sendMessage("big", contentChars));

        assertEquals(1009, socket.awaitClose());
    }

    @Test
    void a_compressed_message_in_fragments_is_counted_inflated() {
        DeflateSocket socket = connect();

        socket.sendInFragments(sendMessage("parts", 200 * KIB), 16 * KIB);

        assertEquals(1009, socket.awaitClose());
    }

    @Test
    void a_compressed_frame_that_does_not_inflate_closes_the_connection_as_a_protocol_error() {
        DeflateSocket socket = connect();

        socket.sendUninflatable();

        assertEquals(1002, socket.awaitClose());
    }

    @Test
    void the_older_per_frame_compression_is_held_to_the_limit_too() {
        DeflateSocket socket = connect(new DeflateFrameClientExtensionHandshaker(false));

        socket.send(sendMessage("big", MIB));

        assertEquals(1009, socket.awaitClose());
    }

    @Test
    void a_burst_of_huge_compressed_messages_is_cut_off_at_the_first() {
        DeflateSocket socket = connect();

        for (int i = 0; i < 8; i++) {
            socket.send(sendMessage("burst-" + i, 15 * MIB));
        }

        assertEquals(1009, socket.awaitClose());
    }

    /**
     * Refusing the inflated message afterwards would give the same close code, so this measures
     * what the server allocated meanwhile: inflating the whole message would take 32 MiB at least.
     */
    @Test
    void a_compression_bomb_is_refused_before_it_is_inflated() {
        DeflateSocket socket = connect();
        String bomb = sendMessage("bomb", 32 * MIB);

        Map<Long, Long> before = serverAllocations();
        socket.send(bomb);
        assertEquals(1009, socket.awaitClose());
        long allocated = allocatedSince(before);

        assertTrue(allocated < 4 * MIB, "the server allocated " + allocated + " bytes for a 32 MiB bomb");
    }

    /** Bytes each server thread (every thread but this test's and the client's) has allocated so far. */
    private static Map<Long, Long> serverAllocations() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<Long, Long> allocated = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && !thread.getName().startsWith(DeflateSocket.THREAD_PREFIX)) {
                allocated.put(thread.getId(), threads.getThreadAllocatedBytes(thread.getId()));
            }
        }
        return allocated;
    }

    /** What the server's threads allocated since {@code before}; a thread that ended meanwhile is not counted. */
    private static long allocatedSince(Map<Long, Long> before) {
        return serverAllocations().entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L))).sum();
    }
}
