package io.parley.adapters.web.auth;

import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Behind a configured proxy, the address it appends is the client's, and limits apply per client. */
@MicronautTest
@Property(name = "test.attempts-per-address", value = "2")
@Property(name = "parley.http.client-address-header", value = "X-Forwarded-For")
class TrustedProxyAddressTest {

    @Inject
    EmbeddedServer server;

    private ApiClient.Reply registerFrom(ApiClient api, String forwardedFor) {
        return api.send("POST", "/api/auth/register", ApiClient.toJson(registration(uniqueEmail())), null, "X-Forwarded-For", forwardedFor);
    }

    @Test
    void each_client_behind_the_proxy_has_its_own_allowance() {
        ApiClient api = new ApiClient(server.getURI());

        assertEquals(201, registerFrom(api, "198.51.100.1").status());
        assertEquals(201, registerFrom(api, "spoofed, 198.51.100.1").status());
        assertProblem(registerFrom(api, "another-spoof, 198.51.100.1"), 429, "too_many_attempts");
        assertEquals(201, registerFrom(api, "198.51.100.2").status());
    }
}
