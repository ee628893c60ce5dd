package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real WebSocket clients against the whole server and the embedded MariaDB. */
@MicronautTest
@Property(name = "parley.chat.presence-grace", value = "300ms")
class ChatSocketSystemTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;
    Person bob;
    String direct;
    final List<SocketClient> sockets = new ArrayList<>();

    @BeforeEach
    void twoPeopleInADirectConversation() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        bob = register(api, "Bob");
        direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(SocketClient::close);
    }

    SocketClient connect(Person person) {
        SocketClient socket = SocketClient.connect(server.getURI(), person.token());
        sockets.add(socket);
        // A ping's pong proves the connection is subscribed: the server handles a connection's work in order.
        socket.request("ping", Map.of());
        return socket;
    }

    static Map<String, Object> message(Map<String, Object> frame) {
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) data(frame).get("message");
        return message;
    }

    @Test
    void a_message_reaches_the_other_member_and_the_senders_other_tab_with_one_id_and_seq() {
        SocketClient annTab1 = connect(ann);
        SocketClient annTab2 = connect(ann);
        SocketClient bobSocket = connect(bob);

        Map<String, Object> ack = annTab1.request("send_message", Map.of("roomId", direct, "content", "Hello Bob 👋"));

        assertEquals("ack", ack.get("type"));
        Map<String, Object> sent = message(ack);
        for (SocketClient receiver : List.of(bobSocket, annTab2, annTab1)) {
            Map<String, Object> received = data(receiver.awaitEvent("receive_message"));
            assertEquals(sent.get("id"), received.get("id"));
            assertEquals(sent.get("seq"), received.get("seq"));
            assertEquals("Hello Bob 👋", received.get("content"));
            assertEquals(direct, received.get("conversationId"));
            assertEquals(direct, received.get("roomId"));
            assertEquals(ann.id(), received.get("senderId"));
            assertEquals("text", received.get("type"));
        }
    }

    @Test
    void typing_reaches_the_others_but_not_the_typist() throws Exception {
        SocketClient annSocket = connect(ann);
        SocketClient annOtherTab = connect(ann);
        SocketClient bobSocket = connect(bob);

        annSocket.request("typing", Map.of("roomId", direct, "isTyping", true));

        Map<String, Object> typing = data(bobSocket.awaitEvent("typing"));
        assertEquals(ann.id(), typing.get("userId"));
        assertEquals(direct, typing.get("conversationId"));
        assertEquals(true, typing.get("isTyping"));
        annSocket.assertNoEvent("typing", Duration.ofMillis(300));
        annOtherTab.assertNoEvent("typing", Duration.ZERO);
    }

    @Test
    void presence_goes_online_with_the_first_connection_and_offline_after_the_last() {
        SocketClient bobSocket = connect(bob);

        SocketClient annSocket = connect(ann);
        Map<String, Object> online = data(bobSocket.await(f -> "user_status".equals(f.get("type")) && ann.id().equals(data(f).get("userId"))));
        assertEquals("online", online.get("status"));
        assertEquals(true, api.get("/api/users/" + ann.id(), bob.token()).json().get("online"));

        annSocket.close();
        Map<String, Object> offline = data(bobSocket.await(f -> "user_status".equals(f.get("type"))
                && ann.id().equals(data(f).get("userId")) && "offline".equals(data(f).get("status"))));
        assertNotNull(offline.get("lastSeen"));
        assertEquals(false, api.get("/api/users/" + ann.id(), bob.token()).json().get("online"));
        assertNotNull(api.get("/api/users/" + ann.id(), bob.token()).json().get("lastSeen"));
    }

    @Test
    void a_new_membership_subscribes_open_connections_at_once() {
        Person cat = register(api, "Cat");
        SocketClient catSocket = connect(cat);
        String room = (String) api.post("/api/rooms", Map.of("name", "Lobby"), ann.token()).json().get("id");
        SocketClient annSocket = connect(ann);

        Map<String, Object> joined = catSocket.request("join_room", Map.of("roomId", room));
        assertEquals(room, data(joined).get("conversationId"));
        assertEquals(cat.id(), data(annSocket.awaitEvent("member_joined")).get("userId"));
        annSocket.request("send_message", Map.of("roomId", room, "content", "welcome"));

        assertEquals("welcome", data(catSocket.awaitEvent("receive_message")).get("content"));
    }

    /**
     * Micronaut names a session by the client's Sec-WebSocket-Key, and some clients send the same
     * key every time: one person's socket closing must not unsubscribe another person's.
     */
    @Test
    void sockets_of_two_people_whose_clients_send_the_same_key_stay_apart() throws Exception {
        Person eve = register(api, "Eve");
        String room = (String) api.post("/api/rooms", Map.of("name", "Commons"), ann.token()).json().get("id");
        api.post("/api/rooms/" + room + "/join", Map.of(), eve.token());
        api.post("/api/rooms/" + room + "/join", Map.of(), bob.token());
        SocketClient bobSocket = connect(bob);

        try (StalledSocket annSocket = StalledSocket.open(server.getURI(), ann.token())) {
            StalledSocket eveSocket = StalledSocket.open(server.getURI(), eve.token());
            for (Person person : List.of(ann, eve)) { // online is told once the connection is subscribed
                bobSocket.await(f -> "user_status".equals(f.get("type")) && person.id().equals(data(f).get("userId")));
            }
            eveSocket.close();
            bobSocket.await(f -> "user_status".equals(f.get("type")) && eve.id().equals(data(f).get("userId"))
                    && "offline".equals(data(f).get("status")));

            bobSocket.request("send_message", Map.of("roomId", room, "content", "after Eve left"));

            assertTrue(annSocket.receivedWithin(Duration.ofSeconds(3)).contains("after Eve left"));
        }
    }

    @Test
    void outsiders_cannot_join_a_private_room_send_or_read() {
        Person eve = register(api, "Eve");
        SocketClient eveSocket = connect(eve);
        String privateRoom = (String) api.post("/api/rooms", Map.of("name", "Staff", "isPrivate", true), ann.token()).json().get("id");

        Map<String, Object> join = eveSocket.request("join_room", Map.of("roomId", privateRoom));
        Map<String, Object> send = eveSocket.request("send_message", Map.of("roomId", direct, "content", "let me in"));

        assertEquals("forbidden", data(join).get("code"));
        assertEquals("not_found", data(send).get("code"));
        assertProblem(api.get("/api/conversations/" + direct + "/messages", eve.token()), 404, "not_found");
        assertProblem(api.get("/api/conversations/" + direct, eve.token()), 404, "not_found");
    }

    @Test
    void a_resent_client_message_id_returns_the_same_message() {
        SocketClient annSocket = connect(ann);

        Map<String, Object> first = message(annSocket.request("send_message", Map.of("roomId", direct, "content", "once", "clientMessageId", "c-42")));
        Map<String, Object> again = message(annSocket.request("send_message", Map.of("roomId", direct, "content", "once", "clientMessageId", "c-42")));

        assertEquals(first, again);
        assertEquals(1, ((List<?>) api.get("/api/conversations/" + direct + "/messages", ann.token()).json().get("messages")).size());
    }

    @Test
    void after_a_disconnect_catch_up_returns_exactly_the_missed_messages_in_order() {
        SocketClient annSocket = connect(ann);
        SocketClient bobSocket = connect(bob);
        annSocket.request("send_message", Map.of("roomId", direct, "content", "seen"));
        long lastSeen = ((Number) data(bobSocket.awaitEvent("receive_message")).get("seq")).longValue();
        bobSocket.close();

        for (int i = 1; i <= 3; i++) {
            annSocket.request("send_message", Map.of("roomId", direct, "content", "missed " + i));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> missed = (List<Map<String, Object>>) api.get(
                "/api/conversations/" + direct + "/messages?after=" + lastSeen, bob.token()).json().get("messages");
        assertEquals(List.of("missed 1", "missed 2", "missed 3"), missed.stream().map(m -> m.get("content")).toList());
        assertEquals(List.of(lastSeen + 1, lastSeen + 2, lastSeen + 3), missed.stream().map(m -> ((Number) m.get("seq")).longValue()).toList());
    }

    @Test
    void mark_read_moves_the_read_marker() {
        SocketClient annSocket = connect(ann);
        SocketClient bobSocket = connect(bob);
        for (int i = 1; i <= 3; i++) {
            annSocket.request("send_message", Map.of("roomId", direct, "content", "m" + i));
        }

        Map<String, Object> ack = bobSocket.request("mark_read", Map.of("conversationId", direct, "seq", 2));

        assertEquals("ack", ack.get("type"));
        assertEquals(1, api.get("/api/conversations/" + direct, bob.token()).json().get("unreadCount"));
        assertEquals("seq", data(bobSocket.request("mark_read", Map.of("conversationId", direct))).get("field"));
    }

    @Test
    void text_comes_back_as_sent_without_the_blank_space_around_it() {
        SocketClient annSocket = connect(ann);
        String tricky = "<b>bold?</b> '; DROP TABLE messages; -- \"q\" 😀 李 \n\ttabbed";

        annSocket.request("send_message", Map.of("roomId", direct, "content", "  " + tricky + " \n "));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) api.get("/api/conversations/" + direct + "/messages", bob.token())
                .json().get("messages");
        assertEquals(tricky, history.get(0).get("content"));
    }

    @Test
    void the_upgrade_needs_valid_credentials() {
        assertEquals(401, assertThrows(SocketClient.Refused.class, () -> SocketClient.connect(server.getURI(), null)).status());
        assertEquals(401, assertThrows(SocketClient.Refused.class, () -> SocketClient.connect(server.getURI(), "not.a.token")).status());
        assertEquals(401, assertThrows(SocketClient.Refused.class,
                () -> SocketClient.connect(server.getURI(), "ticket=made-up", null)).status());
    }

    @Test
    void a_ticket_opens_one_socket_once() {
        String ticket = (String) api.post("/api/auth/ws-ticket", Map.of(), ann.token()).json().get("ticket");

        SocketClient socket = SocketClient.connect(server.getURI(), "ticket=" + ticket, null);
        sockets.add(socket);
        assertEquals("pong", socket.request("ping", Map.of()).get("type"));
        assertEquals(401, assertThrows(SocketClient.Refused.class,
                () -> SocketClient.connect(server.getURI(), "ticket=" + ticket, null)).status());
    }

    /**
     * A browser sends its first frame the moment the socket opens. Redeeming a ticket finishes on
     * a database thread, so the upgrade must still be completed on the connection's event loop:
     * otherwise a frame can arrive before the socket handler is in place and be lost.
     */
    @Test
    void a_frame_sent_the_moment_a_ticket_socket_opens_is_answered() {
        for (int i = 0; i < 40; i++) {
            String ticket = (String) api.post("/api/auth/ws-ticket", Map.of(), ann.token()).json().get("ticket");
            SocketClient socket = SocketClient.connect(server.getURI(), "ticket=" + ticket, null);
            sockets.add(socket);
            assertEquals("pong", socket.request("ping", Map.of()).get("type"), "socket " + i);
        }
    }

    @Test
    void a_foreign_browser_origin_is_refused_and_the_own_origin_accepted() {
        String own = "http://" + server.getHost() + ":" + server.getPort();

        assertEquals(403, assertThrows(SocketClient.Refused.class,
                () -> SocketClient.connect(server.getURI(), null, ann.token(), "Origin", "https://evil.example")).status());
        SocketClient socket = SocketClient.connect(server.getURI(), null, ann.token(), "Origin", own);
        sockets.add(socket);
        assertEquals("pong", socket.request("ping", Map.of()).get("type"));
    }

    @Test
    void bad_frames_get_errors_and_the_connection_stays_usable() {
        SocketClient socket = connect(ann);

        socket.sendRaw("{not json");
        assertEquals("validation_failed", data(socket.await(f -> "error".equals(f.get("type")))).get("code"));
        assertEquals("validation_failed", data(socket.request("dance", Map.of())).get("code"));
        assertEquals("content", data(socket.request("send_message", Map.of("roomId", direct, "content", "   "))).get("field"));
        assertEquals("content", data(socket.request("send_message", Map.of("roomId", direct, "content", "x".repeat(4001)))).get("field"));
        assertEquals("content", data(socket.request("send_message", Map.of("roomId", direct, "content", "bell\u0007"))).get("field"));
        assertEquals("not_found", data(socket.request("send_message", Map.of("roomId", "no-such-room", "content", "hi"))).get("code"));
        assertEquals("conversationId", data(socket.request("send_message", Map.of("content", "hi"))).get("field"));

        assertEquals("pong", socket.request("ping", Map.of()).get("type"));
        assertEquals("ack", socket.request("send_message", Map.of("roomId", direct, "content", "still here")).get("type"));
    }

    @Test
    void an_oversized_frame_closes_the_connection_as_too_big() {
        SocketClient socket = connect(ann);

        socket.sendRaw("{\"type\":\"send_message\",\"data\":{\"content\":\"" + "x".repeat(70_000) + "\"}}");

        assertEquals(1009, socket.awaitClose());
    }

    @Test
    void a_message_in_fragments_is_read_whole() {
        SocketClient socket = connect(ann);
        String frame = "{\"type\":\"send_message\",\"ref\":\"f\",\"data\":{\"roomId\":\"" + direct + "\",\"content\":\"in three parts\"}}";

        socket.sendFragment(frame.substring(0, 10), false);
        socket.sendFragment(frame.substring(10, 40), false);
        socket.sendFragment(frame.substring(40), true);

        assertEquals("in three parts", message(socket.await(f -> "f".equals(f.get("ref")))).get("content"));
    }

    @Test
    void an_endless_message_in_fragments_is_cut_off_as_too_big() {
        SocketClient socket = connect(ann);
        String fragment = "x".repeat(10_000);

        try {
            for (int i = 0; i < 1_000 && !socket.isClosed(); i++) {
                socket.sendFragment(fragment, false); // 10 MB in all if nobody stops it
            }
        } catch (RuntimeException closedWhileSending) {
            // the server hung up mid-message, as it should
        }

        assertEquals(1009, socket.awaitClose());
    }

    @Test
    void a_message_just_under_the_limit_is_read() {
        SocketClient socket = connect(ann);

        Map<String, Object> reply = socket.request("send_message", Map.of("roomId", direct, "content", "x".repeat(60_000)));

        assertEquals("content", data(reply).get("field"), "read and refused for its length, not cut off");
    }

    @Test
    void a_client_that_keeps_sending_garbage_is_closed_with_1008() {
        SocketClient socket = connect(ann);

        for (int i = 0; i < 10; i++) {
            socket.sendRaw("garbage " + i);
        }

        assertEquals(1008, socket.awaitClose());
        assertTrue(socket.isClosed());
    }

    @Test
    void a_close_from_the_client_is_answered_with_its_code() {
        SocketClient socket = connect(ann);

        socket.sendClose(4000, "going to another room");

        assertEquals(4000, socket.awaitClose(), "a close frame back, not a dropped connection (1006)");
    }
}
