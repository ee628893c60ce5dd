package io.parley.adapters.web.problem;

import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Failures the framework answers are shaped like ours. */
@MicronautTest
class ProblemResponsesTest {

    @Inject
    EmbeddedServer server;

    @Test
    void unknown_routes_wrong_methods_and_wrong_content_types_are_problems() {
        ApiClient api = new ApiClient(server.getURI());

        assertProblem(api.get("/api/no-such-thing", null), 404, "not_found");
        assertProblem(api.send("DELETE", "/api/auth/login", null, null), 405, "not_found");
        assertProblem(api.send("POST", "/api/auth/login", "email=a", null, "Content-Type", "application/x-www-form-urlencoded"),
                415, "unsupported_media_type");
    }

    @Test
    void health_answers_up_to_anyone() {
        ApiClient.Reply health = new ApiClient(server.getURI()).get("/api/health", null);

        assertEquals(200, health.status());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"storage\":\"UP\"}}", health.body());
    }
}
