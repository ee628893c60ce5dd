package io.parley.adapters.web.socket.auth;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
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
}
