package io.parley.bootstrap.session;

import static io.parley.testing.Accounts.PASSWORD;
import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ending a sign-in — logging out, changing the password, presenting a used refresh token — ends
 * it everywhere at once: its access tokens are refused and its sockets closed (4401), whatever
 * way they were opened, while the account's other sign-ins carry on.
 */
@MicronautTest
class SessionRevocationSystemTest {

    private static final int SESSION_ENDED = 4401;

    @Inject
    EmbeddedServer server;

    ApiClient api;
    String email;

    @BeforeEach
    void account() {
        api = new ApiClient(server.getURI());
        email = uniqueEmail();
        api.post("/api/auth/register", registration(email), null);
    }

    /** A new sign-in of the account: {token, refreshToken}. */
    private Map<String, Object> signIn() {
        return api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null).json();
    }

    private SocketClient byTicket(Map<String, Object> signIn) {
        String ticket = (String) api.post("/api/auth/ws-ticket", Map.of(), token(signIn)).json().get("ticket");
        return SocketClient.connect(server.getURI(), "ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8), null);
    }

    private SocketClient byBearer(Map<String, Object> signIn) {
        return SocketClient.connect(server.getURI(), token(signIn));
    }

    private static String token(Map<String, Object> signIn) {
        return (String) signIn.get("token");
    }

    private static void assertOpen(SocketClient socket) {
        assertEquals("pong", socket.request("ping", Map.of()).get("type"));
    }

    @Test
    void logging_out_closes_that_sign_ins_sockets_and_refuses_its_token_while_others_go_on() {
        Map<String, Object> laptop = signIn();
        Map<String, Object> phone = signIn();
        try (SocketClient laptopTab = byTicket(laptop); SocketClient laptopApp = byBearer(laptop); SocketClient phoneApp = byBearer(phone)) {
            assertOpen(laptopTab);

            assertEquals(204, api.post("/api/auth/logout", Map.of("refreshToken", laptop.get("refreshToken")), token(laptop)).status());

            assertEquals(SESSION_ENDED, laptopTab.awaitClose());
            assertEquals(SESSION_ENDED, laptopApp.awaitClose());
            assertProblem(api.get("/api/users/me", token(laptop)), 401, "unauthorized");
            assertEquals(401, assertThrows(SocketClient.Refused.class, () -> byBearer(laptop)).status());
            assertOpen(phoneApp);
            assertEquals(200, api.get("/api/users/me", token(phone)).status());
        }
    }

    @Test
    void a_password_change_closes_every_other_sign_ins_sockets_and_keeps_the_callers() {
        Map<String, Object> laptop = signIn();
        Map<String, Object> phone = signIn();
        try (SocketClient laptopTab = byTicket(laptop); SocketClient phoneApp = byBearer(phone)) {
            assertEquals(200, api.post("/api/users/me/password", Map.of("current", PASSWORD, "new", "a brand new passphrase"),
                    token(laptop)).status());

            assertEquals(SESSION_ENDED, phoneApp.awaitClose());
            assertProblem(api.get("/api/users/me", token(phone)), 401, "unauthorized");
            assertOpen(laptopTab);
            assertFalse(laptopTab.isClosed());
        }
    }

    @Test
    void a_reused_refresh_token_closes_its_sign_ins_sockets() {
        Map<String, Object> laptop = signIn();
        try (SocketClient laptopTab = byTicket(laptop)) {
            api.post("/api/auth/refresh", Map.of("refreshToken", laptop.get("refreshToken")), null);

            assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", laptop.get("refreshToken")), null), 401, "unauthorized");

            assertEquals(SESSION_ENDED, laptopTab.awaitClose());
            assertProblem(api.get("/api/users/me", token(laptop)), 401, "unauthorized");
        }
    }

    @Test
    void a_ticket_issued_before_its_sign_in_ended_opens_nothing() {
        Map<String, Object> laptop = signIn();
        String ticket = (String) api.post("/api/auth/ws-ticket", Map.of(), token(laptop)).json().get("ticket");
        api.post("/api/auth/logout", Map.of("refreshToken", laptop.get("refreshToken")), token(laptop));

        SocketClient.Refused refused = assertThrows(SocketClient.Refused.class,
                () -> SocketClient.connect(server.getURI(), "ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8), null));
        assertEquals(401, refused.status());
    }
}
