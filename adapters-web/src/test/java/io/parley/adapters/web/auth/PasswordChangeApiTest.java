package io.parley.adapters.web.auth;

import static io.parley.testing.Accounts.PASSWORD;
import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/users/me/password}: the new password, every other sign-in ended, this one renewed. */
@MicronautTest
class PasswordChangeApiTest {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Inject
    EmbeddedServer server;

    ApiClient api;
    String email;
    Map<String, Object> laptop;

    @BeforeEach
    void signIn() {
        api = new ApiClient(server.getURI());
        email = uniqueEmail();
        laptop = api.post("/api/auth/register", registration(email), null).json();
    }

    private Reply change(String current, String next, String token) {
        return api.post("/api/users/me/password", Map.of("current", current, "new", next), token);
    }

    private Reply login(String password) {
        return api.post("/api/auth/login", Map.of("email", email, "password", password), null);
    }

    @Test
    void the_new_password_signs_in_and_every_other_sign_in_ends_at_once() {
        Map<String, Object> phone = login(PASSWORD).json();
        String laptopToken = (String) laptop.get("token");

        Reply changed = change(PASSWORD, NEW_PASSWORD, laptopToken);

        assertEquals(200, changed.status(), changed.toString());
        assertNotNull(changed.json().get("token"));
        assertNotNull(changed.json().get("refreshToken"));
        assertEquals(200, api.get("/api/users/me", (String) changed.json().get("token")).status());
        assertEquals(200, api.get("/api/users/me", laptopToken).status(), "the caller's sign-in goes on");
        assertProblem(api.get("/api/users/me", (String) phone.get("token")), 401, "unauthorized");
        assertProblem(api.post("/api/auth/refresh", Map.of("refreshToken", phone.get("refreshToken")), null), 401, "unauthorized");
        assertEquals(200, api.post("/api/auth/refresh", Map.of("refreshToken", changed.json().get("refreshToken")), null).status());
        assertProblem(login(PASSWORD), 401, "invalid_credentials");
        assertEquals(200, login(NEW_PASSWORD).status());
    }

    @Test
    void a_wrong_current_password_is_a_field_error_that_changes_nothing() {
        Reply refused = change("not my password", NEW_PASSWORD, (String) laptop.get("token"));

        assertProblem(refused, 400, "validation_failed");
        assertEquals("current", refused.json().get("field"), refused.toString());
        assertEquals(200, login(PASSWORD).status());
    }

    @Test
    void a_new_password_too_short_or_a_missing_body_is_named_by_field() {
        Reply tooShort = change(PASSWORD, "short", (String) laptop.get("token"));
        Reply empty = api.send("POST", "/api/users/me/password", null, (String) laptop.get("token"));

        assertProblem(tooShort, 400, "validation_failed");
        assertEquals("new", tooShort.json().get("field"), tooShort.toString());
        assertProblem(empty, 400, "validation_failed");
        assertEquals(200, login(PASSWORD).status());
    }

    @Test
    void only_a_signed_in_caller_may_change_a_password() {
        assertProblem(change(PASSWORD, NEW_PASSWORD, null), 401, "unauthorized");
    }

    @Test
    void a_cookie_client_gets_its_renewed_refresh_token_in_the_cookie() {
        Reply changed = api.send("POST", "/api/users/me/password", ApiClient.toJson(Map.of("current", PASSWORD, "new", NEW_PASSWORD)),
                (String) laptop.get("token"), RefreshCookieApiTest.COOKIE_MODE);

        assertEquals(200, changed.status(), changed.toString());
        assertFalse(changed.json().containsKey("refreshToken"), changed.body());
        Map<String, String> cookie = RefreshCookieApiTest.setCookie(changed);
        assertEquals("/api/auth", cookie.get("path"), cookie.toString());
        assertEquals(200, api.send("POST", "/api/auth/refresh", "{}", null, "X-Parley-Refresh", "cookie", "Cookie",
                "parley_refresh=" + cookie.get("")).status());
    }
}
