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

/** With no proxy configured, a client cannot dodge the per-address limit by sending X-Forwarded-For. */
@MicronautTest
@Property(name = "test.attempts-per-address", value = "3")
class ClientAddressLimitTest {

    @Inject
    EmbeddedServer server;

    @Test
    void forwarded_headers_are_not_trusted_by_default() {
        ApiClient api = new ApiClient(server.getURI());
        for (int i = 0; i < 3; i++) {
            String body = ApiClient.toJson(registration(uniqueEmail()));
            assertEquals(201, api.send("POST", "/api/auth/register", body, null, "X-Forwarded-For", "203.0.113." + i).status());
        }

        String fourth = ApiClient.toJson(registration(uniqueEmail()));
        assertProblem(api.send("POST", "/api/auth/register", fourth, null, "X-Forwarded-For", "203.0.113.99"), 429, "too_many_attempts");
    }
}
