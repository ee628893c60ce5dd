package io.parley.adapters.web.http;

import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every JSON answer of the API, success or problem, is kept by no cache and never sniffed. */
@MicronautTest
class ApiResponseHeadersTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    static void assertNotStoredNorSniffed(Reply reply) {
        assertEquals("no-store", reply.header("Cache-Control"), reply.status() + " " + reply.headers().map());
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), reply.status() + " " + reply.headers().map());
    }

    @Test
    void json_answers_are_not_stored_nor_sniffed() {
        Reply registered = api.post("/api/auth/register", registration(uniqueEmail()), null);
        Reply me = api.get("/api/users/me", (String) registered.json().get("token"));

        assertEquals(201, registered.status(), registered.toString());
        assertNotStoredNorSniffed(registered);
        assertEquals(200, me.status(), me.toString());
        assertNotStoredNorSniffed(me);
        assertNotStoredNorSniffed(api.get("/api/health", null));
    }

    @Test
    void problems_are_not_stored_nor_sniffed() {
        Reply unauthorized = api.get("/api/users/me", null);
        Reply unknown = api.get("/api/no-such-thing", null);
        Reply malformed = api.send("POST", "/api/auth/login", "[1, 2", null);
        Reply refused = api.post("/api/auth/refresh", Map.of("refreshToken", "not-a-token-of-ours"), null);

        assertProblem(unauthorized, 401, "unauthorized");
        assertNotStoredNorSniffed(unauthorized);
        assertProblem(unknown, 404, "not_found");
        assertNotStoredNorSniffed(unknown);
        assertProblem(malformed, 400, "validation_failed");
        assertNotStoredNorSniffed(malformed);
        assertProblem(refused, 401, "unauthorized");
        assertNotStoredNorSniffed(refused);
    }

    @Test
    void a_target_too_broken_to_route_is_answered_without_caching_or_sniffing_too() throws IOException {
        String head = rawGet("/api/users/me?x=%zz").toLowerCase(Locale.ROOT);

        assertTrue(head.startsWith("http/1.1 400"), head);
        assertTrue(head.contains("cache-control: no-store"), head);
        assertTrue(head.contains("x-content-type-options: nosniff"), head);
    }

    /** A request line exactly as given, which no URI class would let through. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        }
    }
}
