package io.parley.adapters.web.socket.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpRequestWrapper;
import io.parley.domain.Refusal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The upgrade's Origin rule on its own. (Over the network from localhost, Micronaut's own
 * drive-by-localhost guard refuses foreign origins first, so the listed-origin case is tested here.)
 */
class OriginCheckTest {

    private final OriginCheck check = new OriginCheck(List.of("https://app.example/, https://other.example"));

    private static HttpRequest<?> upgrade(String host, String origin) {
        var request = HttpRequest.GET("/ws").header("Host", host);
        return origin == null ? request : request.header("Origin", origin);
    }

    @Test
    void clients_that_are_not_browsers_send_no_origin_and_pass() {
        assertDoesNotThrow(() -> check.check(upgrade("chat.example:8080", null)));
    }

    @Test
    void the_servers_own_origin_passes() {
        assertDoesNotThrow(() -> check.check(upgrade("chat.example:8080", "http://chat.example:8080")));
        assertDoesNotThrow(() -> check.check(upgrade("chat.example", "https://chat.example")));
    }

    @Test
    void listed_origins_pass_whatever_their_case_or_trailing_slash() {
        assertDoesNotThrow(() -> check.check(upgrade("chat.example", "https://APP.example")));
        assertDoesNotThrow(() -> check.check(upgrade("chat.example", "https://other.example/")));
    }

    @Test
    void any_other_origin_is_forbidden() {
        assertEquals(Refusal.Reason.FORBIDDEN,
                assertThrows(Refusal.class, () -> check.check(upgrade("chat.example", "https://evil.example"))).reason());
        assertEquals(Refusal.Reason.FORBIDDEN,
                assertThrows(Refusal.class, () -> check.check(upgrade("chat.example", "https://chat.example.evil.example"))).reason());
        assertEquals(Refusal.Reason.FORBIDDEN,
                assertThrows(Refusal.class, () -> check.check(upgrade("chat.example", "not a url"))).reason());
    }

    @Test
    void a_page_of_another_scheme_on_the_same_host_is_not_the_servers_own() {
        assertEquals(Refusal.Reason.FORBIDDEN,
                assertThrows(Refusal.class, () -> check.check(upgrade("chat.example", "ftp://chat.example"))).reason());
        assertEquals(Refusal.Reason.FORBIDDEN,
                assertThrows(Refusal.class, () -> check.check(upgrade("chat.example", "chat.example"))).reason());
    }

    @Test
    void over_tls_a_plain_http_page_of_the_same_host_may_not_open_a_socket() {
        assertDoesNotThrow(() -> check.check(overTls(upgrade("chat.example", "https://chat.example"))));
        assertEquals(Refusal.Reason.FORBIDDEN,
                assertThrows(Refusal.class, () -> check.check(overTls(upgrade("chat.example", "http://chat.example")))).reason());
    }

    @SuppressWarnings("unchecked")
    private static HttpRequest<?> overTls(HttpRequest<?> request) {
        return new HttpRequestWrapper<Object>((HttpRequest<Object>) request) {
            @Override
            public boolean isSecure() {
                return true;
            }
        };
    }
}
