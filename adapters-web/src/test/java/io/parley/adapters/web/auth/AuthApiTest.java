package io.parley.adapters.web.auth;

import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.ProblemAssertions.assertInvalidField;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.account.RedeemWsTicketUseCase;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class AuthApiTest {

    @Inject
    EmbeddedServer server;
    @Inject
    RedeemWsTicketUseCase redeemTickets;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    Reply register(String email) {
        return api.post("/api/auth/register", registration(email), null);
    }

    @Test
    void register_answers_201_with_tokens_and_the_account() {
        String email = uniqueEmail();

        Reply reply = register(email.toUpperCase());

        assertEquals(201, reply.status(), reply.toString());
        Map<String, Object> body = reply.json();
        assertNotNull(body.get("token"));
        assertNotNull(body.get("refreshToken"));
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        assertEquals(email, user.get("email"));
        assertEquals("Ann Example", user.get("name"));
        assertEquals("", user.get("bio"));
        assertTrue(user.containsKey("avatarUrl"));
        assertNull(user.get("avatarUrl"));
        Instant.parse((String) user.get("createdAt"));
        assertFalse(reply.body().toLowerCase().contains("hash"), reply.body());
        assertFalse(reply.body().contains("correct horse"));
    }

    @Test
    void login_then_me_shows_the_account() {
        String email = uniqueEmail();
        register(email);

        Reply login = api.post("/api/auth/login", Map.of("email", email, "password", "correct horse"), null);
        assertEquals(200, login.status(), login.toString());
        Reply me = api.get("/api/users/me", (String) login.json().get("token"));

        assertEquals(200, me.status(), me.toString());
        assertEquals(email, me.json().get("email"));
    }

    @Test
    void malformed_json_is_a_validation_failure() {
        assertProblem(api.send("POST", "/api/auth/register", "{\"name\": \"Ann\", ", null), 400, "validation_failed");
        assertProblem(api.send("POST", "/api/auth/login", "[1, 2", null), 400, "validation_failed");
        assertProblem(api.send("POST", "/api/auth/register", "{\"name\": {\"nested\": true}}", null), 400, "validation_failed");
    }

    @Test
    void missing_fields_name_the_field() {
        Map<String, Object> noPassword = registration(uniqueEmail());
        noPassword.remove("password");
        Map<String, Object> noName = registration(uniqueEmail());
        noName.remove("name");

        assertInvalidField(api.post("/api/auth/register", noPassword, null), "password");
        assertInvalidField(api.post("/api/auth/register", noName, null), "name");
        assertInvalidField(api.post("/api/auth/login", Map.of("password", "x"), null), "email");
        assertProblem(api.send("POST", "/api/auth/register", null, null), 400, "validation_failed");
    }

    @Test
    void bad_values_name_the_field() {
        Map<String, Object> longName = registration(uniqueEmail());
        longName.put("name", "x".repeat(65));
        Map<String, Object> badEmail = registration("not-an-email");
        Map<String, Object> shortPassword = registration(uniqueEmail());
        shortPassword.put("password", "1234567");

        assertInvalidField(api.post("/api/auth/register", longName, null), "name");
        assertInvalidField(api.post("/api/auth/register", badEmail, null), "email");
        assertInvalidField(api.post("/api/auth/register", shortPassword, null), "password");
    }

    @Test
    void a_taken_email_is_409() {
        String email = uniqueEmail();
        register(email);

        assertProblem(register(email), 409, "email_taken");
    }

    @Test
    void wrong_password_and_unknown_email_get_identical_answers() {
        String email = uniqueEmail();
        register(email);

        Reply wrongPassword = api.post("/api/auth/login", Map.of("email", email, "password", "wrong password"), null);
        Reply unknownEmail = api.post("/api/auth/login", Map.of("email", uniqueEmail(), "password", "wrong password"), null);

        assertProblem(wrongPassword, 401, "invalid_credentials");
        assertEquals(wrongPassword.body(), unknownEmail.body());
        assertEquals(wrongPassword.status(), unknownEmail.status());
    }

    @Test
    void the_sixth_failed_login_is_429_with_retry_after() {
        String email = uniqueEmail();
        register(email);
        for (int i = 0; i < 5; i++) {
            assertProblem(api.post("/api/auth/login", Map.of("email", email, "password", "wrong password"), null), 401, "invalid_credentials");
        }

        Reply sixth = api.post("/api/auth/login", Map.of("email", email, "password", "correct horse"), null);

        assertProblem(sixth, 429, "too_many_attempts");
        long retryAfter = Long.parseLong(sixth.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
    }

    @Test
    void a_refresh_token_works_once_and_its_reuse_revokes_the_family() {
        Map<String, Object> signedIn = register(uniqueEmail()).json();
        String first = (String) signedIn.get("refreshToken");

        Reply refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", first), null);
        assertEquals(200, refreshed.status(), refreshed.toString());
        String second = (String) refreshed.json().get("refreshToken");
        assertNotEquals(first, second);
        assertEquals(200, api.get("/api/users/me", (String) refreshed.json().get("token")).status());

        assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", first), null), 401, "unauthorized");
        assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", second), null), 401, "unauthorized");
    }

    @Test
    void a_logged_out_refresh_token_is_refused() {
        Map<String, Object> signedIn = register(uniqueEmail()).json();
        String refreshToken = (String) signedIn.get("refreshToken");

        Reply logout = api.post("/api/auth/logout", Map.of("refreshToken", refreshToken), (String) signedIn.get("token"));

        assertEquals(204, logout.status(), logout.toString());
        assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", refreshToken), null), 401, "unauthorized");
    }

    @Test
    void logout_needs_an_access_token() {
        assertProblem(api.post("/api/auth/logout", Map.of("refreshToken", "x"), null), 401, "unauthorized");
    }

    @Test
    void a_ws_ticket_is_issued_to_a_signed_in_user_and_names_them_once() {
        Map<String, Object> signedIn = register(uniqueEmail()).json();
        @SuppressWarnings("unchecked")
        String userId = (String) ((Map<String, Object>) signedIn.get("user")).get("id");

        Reply reply = api.post("/api/auth/ws-ticket", Map.of(), (String) signedIn.get("token"));

        assertEquals(200, reply.status(), reply.toString());
        String ticket = (String) reply.json().get("ticket");
        Instant expiresAt = Instant.parse((String) reply.json().get("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now()) && expiresAt.isBefore(Instant.now().plusSeconds(61)));
        assertEquals(userId, redeemTickets.redeem(ticket).orElseThrow().user().value());
        assertEquals(Optional.empty(), redeemTickets.redeem(ticket));
        assertProblem(api.post("/api/auth/ws-ticket", Map.of(), null), 401, "unauthorized");
    }
}
