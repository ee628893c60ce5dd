package io.parley.adapters.web.user;

import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class UserApiTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    /** Registers someone and answers their access token and id. */
    private String[] person(String name, String email) {
        Map<String, Object> body = api.post("/api/auth/register", Map.of("name", name, "email", email, "password", "correct horse"), null).json();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        return new String[] {(String) body.get("token"), (String) user.get("id")};
    }

    @Test
    void a_profile_can_be_changed_in_part() {
        String token = person("Ann " + run, "ann-" + run + "@example.test")[0];

        Reply changed = api.patch("/api/users/me", Map.of("bio", "Tea & <b>cake</b> 🍰"), token);

        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Ann " + run, changed.json().get("name"));
        assertEquals("Tea & <b>cake</b> 🍰", changed.json().get("bio"));
        assertEquals("Tea & <b>cake</b> 🍰", api.get("/api/users/me", token).json().get("bio"));
    }

    @Test
    void a_bad_profile_change_is_refused_and_changes_nothing() {
        String token = person("Ann " + run, "ann2-" + run + "@example.test")[0];

        assertProblem(api.patch("/api/users/me", Map.of("name", " ", "bio", "new"), token), 400, "validation_failed");
        assertProblem(api.patch("/api/users/me", Map.of("name", "x".repeat(65)), token), 400, "validation_failed");

        Map<String, Object> me = api.get("/api/users/me", token).json();
        assertEquals("Ann " + run, me.get("name"));
        assertEquals("", me.get("bio"));
    }

    @Test
    void others_are_found_by_name_or_exact_email_and_shown_without_their_email() {
        String me = person("Searcher " + run, "s-" + run + "@example.test")[0];
        String bobId = person("Bob " + run, "bob-" + run + "@example.test")[1];

        List<Map<String, Object>> byName = api.get("/api/users?q=" + URLEncoder.encode("bob " + run, StandardCharsets.UTF_8), me).jsonList();
        List<Map<String, Object>> byEmail = api.get("/api/users?q=bob-" + run + "@example.test", me).jsonList();

        assertEquals(List.of(bobId), byName.stream().map(u -> u.get("id")).toList());
        assertEquals(List.of(bobId), byEmail.stream().map(u -> u.get("id")).toList());
        assertEquals(Set.of("id", "name", "bio", "avatarUrl", "online", "lastSeen"), byName.get(0).keySet());
        assertEquals(List.of(), api.get("/api/users?q=", me).jsonList());
    }

    @Test
    void one_person_is_shown_publicly_by_id() {
        String me = person("Viewer " + run, "v-" + run + "@example.test")[0];
        String bobId = person("Bob " + run, "bob2-" + run + "@example.test")[1];

        Reply bob = api.get("/api/users/" + bobId, me);

        assertEquals(200, bob.status(), bob.toString());
        assertEquals("Bob " + run, bob.json().get("name"));
        assertEquals(false, bob.json().get("online"));
        assertFalse(bob.body().contains("@example.test"));
        assertProblem(api.get("/api/users/no-such-user", me), 404, "not_found");
        assertProblem(api.get("/api/users/" + bobId, null), 401, "unauthorized");
    }

    @Test
    void the_user_list_needs_a_token() {
        assertProblem(api.get("/api/users?q=a", null), 401, "unauthorized");
    }
}
