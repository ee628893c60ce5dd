package io.parley.bootstrap.message;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits, deletions and reactions over the socket and HTTP, against the whole server and MariaDB (SPEC §6). */
@MicronautTest
class MessageChangesSystemTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;
    Person bob;
    String direct;
    SocketClient annSocket;
    SocketClient bobSocket;
    final List<SocketClient> sockets = new ArrayList<>();

    @BeforeEach
    void twoPeopleTalking() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        bob = register(api, "Bob");
        direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        annSocket = connect(ann);
        bobSocket = connect(bob);
    }

    @AfterEach
    void closeSockets() {
        sockets.forEach(SocketClient::close);
    }

    private SocketClient connect(Person person) {
        SocketClient socket = SocketClient.connect(server.getURI(), person.token());
        sockets.add(socket);
        socket.request("ping", Map.of());
        return socket;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(Map<String, Object> frame) {
        return (Map<String, Object>) data(frame).get("message");
    }

    private Map<String, Object> send(String content) {
        return message(annSocket.request("send_message", Map.of("conversationId", direct, "content", content)));
    }

    private Map<String, Object> updateSeenByBob(String id, long version) {
        return message(bobSocket.await(f -> "message_updated".equals(f.get("type")) && id.equals(message(f).get("id"))
                && ((Number) message(f).get("version")).longValue() == version));
    }

    private static String emoji(String emoji) {
        return URLEncoder.encode(emoji, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void an_edit_over_the_socket_is_acked_with_the_message_and_pushed_to_the_others_in_the_sequence() {
        Map<String, Object> sent = send("helo");
        String id = (String) sent.get("id");

        Map<String, Object> ack = annSocket.request("edit_message", Map.of("messageId", id, "content", "hello"));

        assertEquals("ack", ack.get("type"));
        Map<String, Object> edited = message(ack);
        assertEquals("hello", edited.get("content"));
        assertEquals(1, ((Number) edited.get("seq")).intValue());
        assertEquals(2, ((Number) edited.get("version")).intValue());
        assertNotNull(edited.get("editedAt"));
        assertEquals("hello", updateSeenByBob(id, 2).get("content"));
        List<Map<String, Object>> earlier = api.get("/api/messages/" + id + "/edits", bob.token()).jsonList();
        assertEquals("helo", earlier.get(0).get("content"));
    }

    @Test
    void someone_elses_message_cannot_be_edited_or_deleted_and_a_stranger_learns_nothing() {
        String id = (String) send("mine").get("id");
        Person eve = register(api, "Eve");

        ApiClient.Reply edit = api.patch("/api/messages/" + id, Map.of("content", "yours"), bob.token());
        ApiClient.Reply delete = api.send("DELETE", "/api/messages/" + id, null, bob.token());
        ApiClient.Reply stranger = api.send("PUT", "/api/messages/" + id + "/reactions/" + emoji("👍"), null, eve.token());

        assertEquals(403, edit.status());
        assertEquals("forbidden", edit.json().get("code"));
        assertEquals(403, delete.status());
        assertEquals(404, stranger.status());
        assertEquals("not_found", stranger.json().get("code"));
        assertEquals(404, api.send("DELETE", "/api/messages/no-such-message", null, ann.token()).status());
    }

    @Test
    void reactions_by_http_and_socket_count_their_users_and_are_pushed() {
        String id = (String) send("lunch?").get("id");

        assertEquals(204, api.send("PUT", "/api/messages/" + id + "/reactions/" + emoji("👍🏽"), null, bob.token()).status());
        Map<String, Object> ack = annSocket.request("react", Map.of("messageId", id, "emoji", "👍🏽", "on", true));
        assertEquals("ack", ack.get("type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> acked = (Map<String, Object>) data(ack).get("message");
        assertEquals(3, ((Number) acked.get("version")).intValue(), "the ack carries the message as it now is");
        assertEquals(List.of(Map.of("emoji", "👍🏽", "count", 2, "userIds", List.of(bob.id(), ann.id()))), acked.get("reactions"));
        assertEquals(204, api.send("PUT", "/api/messages/" + id + "/reactions/" + emoji("👍🏽"), null, bob.token()).status(), "twice is harmless");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reactions = (List<Map<String, Object>>) updateSeenByBob(id, 3).get("reactions");
        assertEquals(List.of(Map.of("emoji", "👍🏽", "count", 2, "userIds", List.of(bob.id(), ann.id()))), reactions);

        ApiClient.Reply notEmoji = api.send("PUT", "/api/messages/" + id + "/reactions/" + emoji("+1"), null, bob.token());
        assertEquals(400, notEmoji.status());
        assertEquals("emoji", notEmoji.json().get("field"));
        Map<String, Object> twoEmoji = bobSocket.request("react", Map.of("messageId", id, "emoji", "👍👍", "on", true));
        assertEquals("validation_failed", data(twoEmoji).get("code"));

        assertEquals(204, api.send("DELETE", "/api/messages/" + id + "/reactions/" + emoji("👍🏽"), null, bob.token()).status());
        assertEquals(List.of(ann.id()), ((List<Map<String, Object>>) updateSeenByBob(id, 4).get("reactions")).get(0).get("userIds"));
    }

    @Test
    void a_deletion_leaves_a_tombstone_deletes_the_files_and_blocks_further_changes() {
        String file = (String) api.upload("/api/attachments", "notes.txt", "text/plain", "agenda".getBytes(StandardCharsets.UTF_8),
                ann.token()).json().get("id");
        Map<String, Object> sent = message(annSocket.request("send_message",
                Map.of("conversationId", direct, "content", "the agenda", "attachmentIds", List.of(file))));
        String id = (String) sent.get("id");
        assertEquals(200, api.download("/api/attachments/" + file, bob.token()).status());

        assertEquals("ack", annSocket.request("delete_message", Map.of("messageId", id)).get("type"));

        Map<String, Object> tombstone = updateSeenByBob(id, 2);
        assertEquals("", tombstone.get("content"));
        assertEquals(List.of(), tombstone.get("attachments"));
        assertNotNull(tombstone.get("deletedAt"));
        assertEquals(404, api.download("/api/attachments/" + file, bob.token()).status());
        assertEquals(204, api.send("DELETE", "/api/messages/" + id, null, ann.token()).status(), "twice is harmless");
        ApiClient.Reply edit = api.patch("/api/messages/" + id, Map.of("content", "back"), ann.token());
        assertEquals(409, edit.status());
        assertEquals("conflict", edit.json().get("code"));
    }

    @Test
    void catch_up_after_a_seq_returns_every_message_changed_since_in_its_current_state_once() {
        String first = (String) send("first").get("id");
        String second = (String) send("second").get("id");
        annSocket.request("edit_message", Map.of("messageId", first, "content", "first, edited"));
        api.send("PUT", "/api/messages/" + second + "/reactions/" + emoji("🎉"), null, bob.token());
        api.send("PUT", "/api/messages/" + first + "/reactions/" + emoji("🎉"), null, bob.token());
        String third = (String) send("third").get("id");

        List<Map<String, Object>> missed = (List<Map<String, Object>>) api.get("/api/conversations/" + direct + "/messages?after=2", bob.token())
                .json().get("messages");

        assertEquals(List.of(second, first, third), missed.stream().map(m -> m.get("id")).toList());
        assertEquals(List.of(4, 5, 6), missed.stream().map(m -> ((Number) m.get("version")).intValue()).toList());
        assertEquals("first, edited", missed.get(1).get("content"));
        assertEquals(List.of(), api.get("/api/conversations/" + direct + "/messages?after=6", bob.token()).json().get("messages"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_thread_reply_is_pushed_with_its_roots_new_summary_and_listed_under_the_root_only() {
        String root = (String) send("lunch?").get("id");

        Map<String, Object> reply = message(bobSocket.request("send_message",
                Map.of("conversationId", direct, "content", "yes!", "threadId", root, "replyToId", root)));

        assertEquals(root, reply.get("threadId"));
        assertEquals(Map.of("id", root, "senderId", ann.id(), "excerpt", "lunch?"), reply.get("replyTo"));
        Map<String, Object> rootNow = message(annSocket.await(f -> "message_updated".equals(f.get("type")) && root.equals(message(f).get("id"))));
        assertEquals(reply.get("seq"), rootNow.get("version"));
        assertEquals(1, ((Map<String, Object>) rootNow.get("thread")).get("replyCount"));
        assertEquals(List.of(bob.id()), ((Map<String, Object>) rootNow.get("thread")).get("participantIds"));

        Map<String, Object> thread = api.get("/api/messages/" + root + "/thread", ann.token()).json();
        assertEquals(List.of("yes!"), ((List<Map<String, Object>>) thread.get("messages")).stream().map(m -> m.get("content")).toList());
        assertEquals(root, ((Map<String, Object>) thread.get("root")).get("id"));
        List<Map<String, Object>> history = (List<Map<String, Object>>) api.get("/api/conversations/" + direct + "/messages", ann.token())
                .json().get("messages");
        assertEquals(List.of(root), history.stream().map(m -> m.get("id")).toList());
        Map<String, Object> nested = bobSocket.request("send_message", Map.of("conversationId", direct, "content", "deeper", "threadId", reply.get("id")));
        assertEquals("threadId", data(nested).get("field"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_page_around_a_message_has_it_between_the_ones_before_and_after() {
        for (int i = 1; i <= 5; i++) {
            send("message " + i);
        }

        Map<String, Object> page = api.get("/api/conversations/" + direct + "/messages?around=3&limit=2", bob.token()).json();

        assertEquals(List.of("message 4", "message 3"),
                ((List<Map<String, Object>>) page.get("messages")).stream().map(m -> m.get("content")).toList());
        assertEquals("3", page.get("nextCursor"));
        assertEquals(400, api.get("/api/conversations/" + direct + "/messages?around=x", bob.token()).status());
    }

    @Test
    void the_twenty_first_emoji_is_refused_and_the_change_budget_holds() {
        String id = (String) send("vote!").get("id");
        List<String> twenty = List.of("😀 😃 😄 😁 😆 😅 😂 🤣 😊 😇 🙂 🙃 😉 😌 😍 🥰 😘 😗 😙 😚".split(" "));
        for (String e : twenty) {
            assertEquals(204, api.send("PUT", "/api/messages/" + id + "/reactions/" + emoji(e), null, bob.token()).status(), e);
        }

        ApiClient.Reply twentyFirst = api.send("PUT", "/api/messages/" + id + "/reactions/" + emoji("😋"), null, ann.token());
        ApiClient.Reply overBudget = api.send("DELETE", "/api/messages/" + id + "/reactions/" + emoji("😀"), null, bob.token());
        ApiClient.Reply stillSending = api.get("/api/conversations/" + direct, bob.token());

        assertEquals(409, twentyFirst.status());
        assertEquals("conflict", twentyFirst.json().get("code"));
        assertEquals(429, overBudget.status());
        assertEquals("rate_limited", overBudget.json().get("code"));
        assertNotNull(overBudget.header("Retry-After"));
        assertEquals("ack", bobSocket.request("send_message", Map.of("conversationId", direct, "content", "sending is another budget")).get("type"));
        assertEquals(200, stillSending.status());
    }

    @Test
    void an_edit_is_held_to_the_rules_of_a_send() {
        String id = (String) send("short").get("id");

        Map<String, Object> empty = annSocket.request("edit_message", Map.of("messageId", id, "content", "   "));
        ApiClient.Reply tooLong = api.patch("/api/messages/" + id, Map.of("content", "x".repeat(4001)), ann.token());

        assertEquals("content", data(empty).get("field"));
        assertEquals(400, tooLong.status());
        assertEquals("validation_failed", tooLong.json().get("code"));
        assertEquals("short", message(annSocket.request("edit_message", Map.of("messageId", id, "content", "short"))).get("content"));
    }
}
