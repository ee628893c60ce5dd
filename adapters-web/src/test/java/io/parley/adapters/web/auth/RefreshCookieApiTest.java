package io.parley.adapters.web.auth;

import static io.parley.testing.Accounts.PASSWORD;
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
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web client's way to hold its refresh token (ADR 0010): asked for with a header, kept in an
 * HttpOnly cookie for /api/auth and never in a body. Clients that do not ask see the contract unchanged.
 */
@MicronautTest
class RefreshCookieApiTest {

    static final String[] COOKIE_MODE = {"X-Parley-Refresh", "cookie"};

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    /** Sends {@code headers} (name/value pairs) plus the cookie, if one is given. */
    Reply post(String path, Map<String, ?> body, String token, String cookie, String... headers) {
        String[] all = cookie == null ? headers : concat(headers, "Cookie", "parley_refresh=" + cookie);
        return api.send("POST", path, body == null ? null : ApiClient.toJson(body), token, all);
    }

    static String[] concat(String[] headers, String... more) {
        String[] all = Arrays.copyOf(headers, headers.length + more.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }

    /** The attributes of the Set-Cookie for parley_refresh, by lower-case name; "" for the value itself. */
    static Map<String, String> setCookie(Reply reply) {
        List<String> all = reply.headers().allValues("Set-Cookie");
        String header = all.stream().filter(h -> h.startsWith("parley_refresh=")).findFirst()
                .orElseThrow(() -> new AssertionError("no parley_refresh cookie in " + all));
        Map<String, String> attributes = new HashMap<>();
        String[] parts = header.split(";");
        attributes.put("", parts[0].substring("parley_refresh=".length()));
        for (int i = 1; i < parts.length; i++) {
            String[] pair = parts[i].strip().split("=", 2);
            attributes.put(pair[0].toLowerCase(), pair.length > 1 ? pair[1] : "");
        }
        return attributes;
    }

    static Optional<String> anySetCookie(Reply reply) {
        return reply.headers().firstValue("Set-Cookie");
    }

    Reply registerInCookieMode(String... headers) {
        return post("/api/auth/register", registration(uniqueEmail()), null, null, concat(COOKIE_MODE, headers));
    }

    @Test
    void a_client_that_asks_gets_the_refresh_token_in_an_http_only_cookie_for_the_auth_paths_only() {
        Reply registered = registerInCookieMode();

        assertEquals(201, registered.status(), registered.toString());
        assertNotNull(registered.json().get("token"));
        assertNotNull(registered.json().get("user"));
        assertFalse(registered.json().containsKey("refreshToken"), registered.body());
        Map<String, String> cookie = setCookie(registered);
        assertEquals(43, cookie.get("").length(), "the refresh token itself: " + cookie);
        assertTrue(cookie.containsKey("httponly"), cookie.toString());
        assertEquals("Strict", cookie.get("samesite"), cookie.toString());
        assertEquals("/api/auth", cookie.get("path"), cookie.toString());
        long maxAge = Long.parseLong(cookie.get("max-age"));
        assertTrue(Math.abs(maxAge - Duration.ofDays(30).toSeconds()) < 60, "lives as long as the token: " + maxAge);
        assertFalse(cookie.containsKey("secure"), "a page on plain HTTP could not keep a Secure cookie: " + cookie);
    }

    @Test
    void login_in_cookie_mode_sets_the_cookie_too() {
        String email = uniqueEmail();
        api.post("/api/auth/register", registration(email), null);

        Reply login = post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null, null, COOKIE_MODE);

        assertEquals(200, login.status(), login.toString());
        assertFalse(login.json().containsKey("refreshToken"), login.body());
        assertFalse(setCookie(login).get("").isEmpty());
    }

    @Test
    void the_cookie_is_secure_when_the_page_was_served_over_https() {
        // As behind a proxy on this host that terminates TLS (Micronaut refuses foreign origins on localhost).
        Reply registered = registerInCookieMode("Origin", "https://localhost:" + server.getPort());

        assertEquals(201, registered.status(), registered.toString());
        Map<String, String> cookie = setCookie(registered);

        assertTrue(cookie.containsKey("secure"), cookie.toString());
    }

    @Test
    void clients_that_do_not_ask_get_no_cookie_and_the_token_in_the_body() {
        Reply registered = api.post("/api/auth/register", registration(uniqueEmail()), null);
        Reply refreshed = api.post("/api/auth/refresh", Map.of("refreshToken", registered.json().get("refreshToken")), null);

        assertEquals(Optional.empty(), anySetCookie(registered));
        assertEquals(200, refreshed.status(), refreshed.toString());
        assertNotNull(refreshed.json().get("refreshToken"));
        assertEquals(Optional.empty(), anySetCookie(refreshed));
    }

    @Test
    void the_cookie_refreshes_and_rotates_and_a_spent_cookie_revokes_the_family() {
        String first = setCookie(registerInCookieMode()).get("");

        Reply refreshed = post("/api/auth/refresh", null, null, first, COOKIE_MODE);

        assertEquals(200, refreshed.status(), refreshed.toString());
        assertNotNull(refreshed.json().get("token"));
        assertFalse(refreshed.json().containsKey("refreshToken"), refreshed.body());
        String second = setCookie(refreshed).get("");
        assertNotEquals(first, second);
        assertEquals(200, api.get("/api/users/me", (String) refreshed.json().get("token")).status());
        assertProblem(post("/api/auth/refresh", null, null, first, COOKIE_MODE), 401, "unauthorized");
        assertProblem(post("/api/auth/refresh", null, null, second, COOKIE_MODE), 401, "unauthorized");
    }

    @Test
    void the_cookie_is_ignored_without_the_header_so_no_other_site_can_spend_it() {
        String cookie = setCookie(registerInCookieMode()).get("");

        assertInvalidField(post("/api/auth/refresh", null, null, cookie), "refreshToken");
        assertInvalidField(post("/api/auth/refresh", Map.of(), null, cookie), "refreshToken");
        assertEquals(200, post("/api/auth/refresh", null, null, cookie, COOKIE_MODE).status(), "the cookie was not spent");
    }

    @Test
    void asking_to_refresh_from_a_cookie_that_is_not_there_is_unauthorized() {
        assertProblem(post("/api/auth/refresh", null, null, null, COOKIE_MODE), 401, "unauthorized");
    }

    @Test
    void logout_in_cookie_mode_ends_the_cookies_sign_in_and_clears_the_cookie() {
        Reply registered = registerInCookieMode();
        String cookie = setCookie(registered).get("");

        Reply logout = post("/api/auth/logout", null, (String) registered.json().get("token"), cookie, COOKIE_MODE);

        assertEquals(204, logout.status(), logout.toString());
        Map<String, String> cleared = setCookie(logout);
        assertEquals("", cleared.get(""));
        assertEquals("0", cleared.get("max-age"), cleared.toString());
        assertEquals("/api/auth", cleared.get("path"), cleared.toString());
        assertProblem(post("/api/auth/refresh", null, null, cookie, COOKIE_MODE), 401, "unauthorized");
    }

    @Test
    void logout_in_cookie_mode_without_a_cookie_still_clears_it() {
        Reply registered = registerInCookieMode();

        Reply logout = post("/api/auth/logout", null, (String) registered.json().get("token"), null, COOKIE_MODE);

        assertEquals(204, logout.status(), logout.toString());
        assertEquals("0", setCookie(logout).get("max-age"));
    }

    @Test
    void a_token_in_the_body_still_wins_in_cookie_mode() {
        Reply registered = api.post("/api/auth/register", registration(uniqueEmail()), null);
        String inBody = (String) registered.json().get("refreshToken");

        Reply refreshed = post("/api/auth/refresh", Map.of("refreshToken", inBody), null, "not-the-one", COOKIE_MODE);

        assertEquals(200, refreshed.status(), refreshed.toString());
        assertNull(refreshed.json().get("refreshToken"));
        assertEquals(200, post("/api/auth/refresh", null, null, setCookie(refreshed).get(""), COOKIE_MODE).status());
    }
}
