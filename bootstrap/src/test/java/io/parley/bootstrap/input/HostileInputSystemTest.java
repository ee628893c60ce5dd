package io.parley.bootstrap.input;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertInvalidField;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inputs a careless or hostile client sends: each gets the contract's answer, never a 500. */
@MicronautTest
class HostileInputSystemTest {

    /** "ü", percent-encoded in a path. */
    private static final String NON_ASCII = "%C3%BC";

    @Inject
    EmbeddedServer server;
    @Inject
    IssueAccessTokenPort tokens;

    ApiClient api;
    Person ann;

    @BeforeEach
    void someone() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
    }

    @Test
    void an_id_that_is_not_an_id_names_nothing_on_every_path() {
        for (String path : List.of("/api/conversations/" + NON_ASCII, "/api/conversations/" + NON_ASCII + "/messages",
                "/api/rooms/" + NON_ASCII + "/messages", "/api/users/" + NON_ASCII, "/api/users/" + NON_ASCII + "/avatar",
                "/api/attachments/" + NON_ASCII, "/api/attachments/" + NON_ASCII + "/thumbnail")) {
            assertProblem(api.get(path, ann.token()), 404, "not_found");
        }
        assertProblem(api.post("/api/conversations/" + NON_ASCII + "/read", Map.of("seq", 0), ann.token()), 404, "not_found");
        assertProblem(api.post("/api/rooms/" + NON_ASCII + "/join", Map.of(), ann.token()), 404, "not_found");
        assertProblem(api.post("/api/conversations/direct", Map.of("userId", "ü"), ann.token()), 404, "not_found");
        assertProblem(api.post("/api/conversations/group", Map.of("name", "g", "userIds", List.of("ü")), ann.token()), 404, "not_found");
    }

    @Test
    void an_id_that_is_not_an_id_names_nothing_over_the_socket() {
        try (SocketClient socket = SocketClient.connect(server.getURI(), ann.token())) {
            assertEquals("not_found", data(socket.request("send_message", Map.of("roomId", "ü", "content", "hi"))).get("code"));
            assertEquals("not_found", data(socket.request("join_room", Map.of("roomId", "ü"))).get("code"));
            assertEquals("not_found", data(socket.request("typing", Map.of("roomId", "ü", "isTyping", true))).get("code"));
            assertEquals("not_found", data(socket.request("mark_read", Map.of("conversationId", "ü", "seq", 0))).get("code"));
            String room = (String) api.post("/api/rooms", Map.of("name", "ids"), ann.token()).json().get("id");
            assertEquals("not_found", data(socket.request("send_message",
                    Map.of("roomId", room, "content", "hi", "attachmentIds", List.of("ü")))).get("code"));
            assertEquals("pong", socket.request("ping", Map.of()).get("type"));
        }
    }

    @Test
    void a_valid_token_of_an_account_that_does_not_exist_is_not_accepted() {
        Instant now = Instant.now();
        String orphan = tokens.accessToken(new Session(new SessionId(UUID.randomUUID().toString()), new UserId(UUID.randomUUID().toString())), now,
                now.plus(Duration.ofMinutes(5)));

        assertProblem(api.post("/api/rooms", Map.of("name", "nobody's"), orphan), 401, "unauthorized");
        assertProblem(api.get("/api/users/me", orphan), 401, "unauthorized");
        assertProblem(api.get("/api/conversations", orphan), 401, "unauthorized");
    }

    @Test
    void a_value_of_the_wrong_json_type_is_refused_not_guessed() {
        for (Object notABoolean : List.of("yes", "TRUE", "1", "on", 1)) {
            var reply = api.post("/api/rooms", Map.of("name", "meant to be private", "isPrivate", notABoolean), ann.token());
            assertInvalidField(reply, "isPrivate");
        }
        assertInvalidField(api.post("/api/rooms", Map.of("name", 42), ann.token()), "name");
        assertInvalidField(api.post("/api/conversations/direct", Map.of("userId", List.of("a")), ann.token()), "userId");
        assertInvalidField(api.post("/api/conversations/group", Map.of("name", "g", "userIds", "abc"), ann.token()), "userIds");
        assertInvalidField(api.patch("/api/users/me", Map.of("bio", false), ann.token()), "bio");
        assertInvalidField(api.post("/api/auth/login", Map.of("email", 7, "password", "x"), null), "email");
        String room = (String) api.post("/api/rooms", Map.of("name", "reads"), ann.token()).json().get("id");
        assertInvalidField(api.post("/api/conversations/" + room + "/read", Map.of("seq", "5"), ann.token()), "seq");
        assertTrue(api.get("/api/rooms/public?q=meant", ann.token()).jsonList().isEmpty(), "no room was made by a guess");
    }

    @Test
    void a_frame_value_of_the_wrong_json_type_is_refused_not_guessed() {
        String room = (String) api.post("/api/rooms", Map.of("name", "frames"), ann.token()).json().get("id");
        try (SocketClient socket = SocketClient.connect(server.getURI(), ann.token())) {
            assertEquals("isTyping", data(socket.request("typing", Map.of("roomId", room, "isTyping", "yes"))).get("field"));
            assertEquals("seq", data(socket.request("mark_read", Map.of("roomId", room, "seq", 1.5))).get("field"));
            assertEquals("seq", data(socket.request("mark_read", Map.of("roomId", room, "seq", "0"))).get("field"));
            assertEquals("content", data(socket.request("send_message", Map.of("roomId", room, "content", 42))).get("field"));
            assertEquals("attachmentIds", data(socket.request("send_message",
                    Map.of("roomId", room, "content", "hi", "attachmentIds", "not-a-list"))).get("field"));
            assertEquals("ack", socket.request("typing", Map.of("roomId", room, "isTyping", true)).get("type"));
        }
    }

    @Test
    void an_upload_that_is_not_a_multipart_form_is_refused_as_such() {
        for (String type : List.of("*/*", "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/mixed")) {
            for (String path : List.of("/api/attachments", "/api/users/me/avatar")) {
                var reply = api.send(path.endsWith("avatar") ? "PUT" : "POST", path, "not a form", ann.token(), "Content-Type", type);
                assertTrue(reply.status() == 415 || reply.status() == 400, type + " " + path + " answered " + reply);
            }
        }

    }

    @Test
    void a_malformed_percent_escape_under_api_is_a_bad_request() throws IOException {
        for (String target : List.of("/api/users/me?x=%", "/api/users/me?x=%zz", "/api/%zz")) {
            String head = rawGet(target, ann.token());
            assertTrue(head.startsWith("HTTP/1.1 400"), target + " answered " + head);
            assertTrue(head.toLowerCase().contains("content-type: application/problem+json"), head);
        }
    }

    /** A request line exactly as given, which no URI class would let through. */
    private String rawGet(String target, String token) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        }
    }
}
