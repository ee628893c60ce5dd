package io.parley.bootstrap;

import static io.parley.testing.Accounts.PASSWORD;
import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.account.RedeemWsTicketUseCase;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole server over HTTP: real security, real services, the embedded MariaDB. */
@MicronautTest
class AccountsSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    RedeemWsTicketUseCase tickets;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    @Test
    void register_login_refresh_and_read_the_account() {
        String email = uniqueEmail();
        assertEquals(201, api.post("/api/auth/register", registration(email), null).status());

        Reply login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertEquals(200, login.status(), login.toString());
        Reply refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", login.json().get("refreshToken")), null);
        assertEquals(200, refreshed.status(), refreshed.toString());
        Reply me = api.get("/api/users/me", (String) refreshed.json().get("token"));

        assertEquals(200, me.status(), me.toString());
        assertEquals(email, me.json().get("email"));
    }

    @Test
    void refresh_token_reuse_revokes_the_family_in_the_database() {
        Map<String, Object> signedIn = api.post("/api/auth/register", registration(uniqueEmail()), null).json();
        Object first = signedIn.get("refreshToken");
        Object second = api.post("/api/auth/refresh", Map.of("refreshToken", first), null).json().get("refreshToken");

        assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", first), null), 401, "unauthorized");
        assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", second), null), 401, "unauthorized");
    }

    @Test
    void a_duplicate_email_is_refused_by_the_database_constraint() {
        String email = uniqueEmail();
        api.post("/api/auth/register", registration(email), null);

        assertProblem(api.post("/api/auth/register", registration(email.toUpperCase()), null), 409, "email_taken");
    }

    @Test
    void a_ws_ticket_from_the_api_is_redeemed_once_from_the_database() {
        Map<String, Object> signedIn = api.post("/api/auth/register", registration(uniqueEmail()), null).json();
        @SuppressWarnings("unchecked")
        Object userId = ((Map<String, Object>) signedIn.get("user")).get("id");

        String ticket = (String) api.post("/api/auth/ws-ticket", Map.of(), (String) signedIn.get("token")).json().get("ticket");

        assertEquals(userId, tickets.redeem(ticket).orElseThrow().user().value());
        assertTrue(tickets.redeem(ticket).isEmpty());
    }

    @Test
    void the_web_client_is_served_at_the_root() {
        Reply page = api.get("/", null);

        assertEquals(200, page.status(), page.toString());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(page.body().contains("<title>Parley</title>"));
        assertProblem(api.get("/api/nothing-here", null), 404, "not_found");
    }
}
