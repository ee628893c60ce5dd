package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertInvalidField;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Rooms and Conversations HTTP contract of SPEC §3, over the whole server. */
@MicronautTest
class ConversationApiSystemTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;
    Person bob;

    @BeforeEach
    void people() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        bob = register(api, "Bob");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    void a_room_is_created_listed_browsed_and_joined() {
        String name = "Lobby " + UUID.randomUUID().toString().substring(0, 6);
        Reply created = api.post("/api/rooms", Map.of("name", name, "description", "All welcome"), ann.token());

        assertEquals(201, created.status(), created.toString());
        Map<String, Object> room = created.json();
        assertEquals(Set.of("id", "type", "name", "description", "isPrivate", "inviteCode", "createdById", "createdAt", "memberCount"),
                room.keySet());
        assertEquals("room", room.get("type"));
        assertEquals(false, room.get("isPrivate"));
        assertEquals(ann.id(), room.get("createdById"));
        assertEquals(1, room.get("memberCount"));
        assertNotNull(room.get("inviteCode"));
        String id = (String) room.get("id");

        assertEquals(List.of(id), list(api.get("/api/rooms", ann.token()).jsonList()).stream().map(r -> r.get("id")).toList());
        List<Map<String, Object>> browsed = api.get("/api/rooms/public?q=" + name.replace(" ", "%20"), bob.token()).jsonList();
        assertEquals(List.of(id), browsed.stream().map(r -> r.get("id")).toList());
        assertNull(browsed.get(0).get("inviteCode"), "only members see the invite code");

        Reply joined = api.post("/api/rooms/" + id + "/join", Map.of(), bob.token());
        assertEquals(200, joined.status(), joined.toString());
        assertEquals(2, joined.json().get("memberCount"));
        assertEquals(200, api.post("/api/rooms/" + id + "/join", Map.of(), bob.token()).status(), "joining twice is harmless");
        assertEquals(2, api.post("/api/rooms/" + id + "/join", Map.of(), bob.token()).json().get("memberCount"));
    }

    @Test
    void a_private_room_is_joined_only_with_its_invite_code() {
        Map<String, Object> room = api.post("/api/rooms", Map.of("name", "Staff", "isPrivate", true), ann.token()).json();
        String id = (String) room.get("id");

        assertProblem(api.post("/api/rooms/" + id + "/join", Map.of(), bob.token()), 403, "forbidden");
        assertProblem(api.post("/api/rooms/" + id + "/join", Map.of("inviteCode", "WRONGWRONGWRONG0"), bob.token()), 403, "forbidden");
        assertProblem(api.get("/api/rooms/" + id + "/messages", bob.token()), 404, "not_found");
        assertTrue(api.get("/api/rooms/public?q=Staff", bob.token()).jsonList().stream().noneMatch(r -> id.equals(r.get("id"))));

        Reply joined = api.post("/api/rooms/" + id + "/join", Map.of("inviteCode", room.get("inviteCode")), bob.token());
        assertEquals(200, joined.status(), joined.toString());
        assertEquals(room.get("inviteCode"), joined.json().get("inviteCode"));
    }

    @Test
    void bad_room_input_is_refused() {
        assertInvalidField(api.post("/api/rooms", Map.of("name", " "), ann.token()), "name");
        assertInvalidField(api.post("/api/rooms", Map.of("name", "x".repeat(101)), ann.token()), "name");
        assertProblem(api.post("/api/rooms/no-such-room/join", Map.of(), ann.token()), 404, "not_found");
        assertProblem(api.get("/api/rooms", null), 401, "unauthorized");
    }

    @Test
    void a_pair_has_one_direct_conversation_created_once() {
        Reply first = api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token());
        Reply second = api.post("/api/conversations/direct", Map.of("userId", ann.id()), bob.token());

        assertEquals(201, first.status(), first.toString());
        assertEquals(200, second.status(), second.toString());
        assertEquals(first.json().get("id"), second.json().get("id"));
        assertEquals("direct", first.json().get("type"));
        assertEquals("Bob", first.json().get("name"));
        assertEquals("Ann", second.json().get("name"));
        assertProblem(api.post("/api/conversations/direct", Map.of("userId", "nobody"), ann.token()), 404, "not_found");
        assertInvalidField(api.post("/api/conversations/direct", Map.of(), ann.token()), "userId");
    }

    @Test
    void a_group_is_created_with_its_members() {
        Person cat = register(api, "Cat");

        Reply group = api.post("/api/conversations/group", Map.of("name", "Team", "userIds", List.of(bob.id(), cat.id())), ann.token());

        assertEquals(201, group.status(), group.toString());
        assertEquals("group", group.json().get("type"));
        assertEquals(3, group.json().get("memberCount"));
        assertEquals(Set.of(ann.id(), bob.id(), cat.id()), Set.copyOf(list(group.json().get("members")).stream().map(m -> m.get("id")).toList()));
        assertTrue(list(group.json().get("members")).stream().noneMatch(m -> m.containsKey("email")));
        assertEquals(200, api.get("/api/conversations/" + group.json().get("id"), cat.token()).status());
    }

    @Test
    void the_inbox_has_latest_messages_unread_counts_and_newest_activity_first() throws Exception {
        Person cat = register(api, "Cat");
        String withBob = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        String withCat = (String) api.post("/api/conversations/direct", Map.of("userId", cat.id()), ann.token()).json().get("id");
        try (SocketClient bobSocket = SocketClient.connect(server.getURI(), bob.token())) {
            bobSocket.request("send_message", Map.of("conversationId", withBob, "content", "one"));
            Thread.sleep(5);
            Map<String, Object> ack = bobSocket.request("send_message", Map.of("conversationId", withBob, "content", "two"));
            assertEquals("ack", ack.get("type"));
        }

        List<Map<String, Object>> inbox = api.get("/api/conversations", ann.token()).jsonList();

        assertEquals(List.of(withBob, withCat), inbox.stream().map(c -> c.get("id")).toList());
        Map<String, Object> first = inbox.get(0);
        assertTrue(first.keySet().containsAll(Set.of("id", "type", "name", "members", "lastMessage", "unreadCount", "lastActivityAt")));
        @SuppressWarnings("unchecked")
        Map<String, Object> last = (Map<String, Object>) first.get("lastMessage");
        assertEquals("two", last.get("content"));
        assertEquals(2, first.get("unreadCount"));
        assertNull(inbox.get(1).get("lastMessage"));

        assertEquals(204, api.post("/api/conversations/" + withBob + "/read", Map.of("seq", 1), ann.token()).status());
        assertEquals(1, api.get("/api/conversations", ann.token()).jsonList().get(0).get("unreadCount"));
        assertInvalidField(api.post("/api/conversations/" + withBob + "/read", Map.of(), ann.token()), "seq");
    }

    @Test
    void history_pages_backwards_through_every_message_once_and_catches_up_forwards() {
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        try (SocketClient annSocket = SocketClient.connect(server.getURI(), ann.token())) {
            for (int i = 1; i <= 260; i++) {
                assertEquals("ack", annSocket.request("send_message", Map.of("conversationId", direct, "content", "m" + i)).get("type"));
            }
        }

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = api.get("/api/conversations/" + direct + "/messages?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                    bob.token()).json();
            list(page.get("messages")).forEach(m -> seen.add(((Number) m.get("seq")).longValue()));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);

        assertEquals(LongStream.iterate(260, s -> s - 1).limit(260).boxed().toList(), seen);
        assertEquals(50, list(api.get("/api/conversations/" + direct + "/messages", bob.token()).json().get("messages")).size());
        assertEquals(100, list(api.get("/api/rooms/" + direct + "/messages?limit=1000", bob.token()).json().get("messages")).size());
        Map<String, Object> caughtUp = api.get("/api/conversations/" + direct + "/messages?after=255", bob.token()).json();
        assertEquals(Set.of("messages"), caughtUp.keySet());
        assertEquals(List.of(256L, 257L, 258L, 259L, 260L),
                list(caughtUp.get("messages")).stream().map(m -> ((Number) m.get("seq")).longValue()).toList());
        assertInvalidField(api.get("/api/conversations/" + direct + "/messages?cursor=abc", bob.token()), "cursor");
    }
}
