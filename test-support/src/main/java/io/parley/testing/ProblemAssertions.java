package io.parley.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.parley.testing.ApiClient.Reply;
import java.util.Map;

/** The shape every error of the contract has: problem+json, the status, a stable code, nothing internal. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.header("Content-Type"), reply.toString());
        Map<String, Object> problem = reply.json();
        assertEquals(code, problem.get("code"), reply.toString());
        assertEquals(status, ((Number) problem.get("status")).intValue());
        assertNotNull(problem.get("title"));
        assertNotNull(problem.get("detail"));
        assertEquals("urn:parley:problem:" + code, problem.get("type"));
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("at io."), reply.body());
        assertFalse(reply.body().toUpperCase().contains("SELECT "), reply.body());
    }

    public static void assertInvalidField(Reply reply, String field) {
        assertProblem(reply, 400, "validation_failed");
        assertEquals(field, reply.json().get("field"), reply.toString());
    }
}
