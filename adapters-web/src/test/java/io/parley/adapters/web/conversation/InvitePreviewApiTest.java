package io.parley.adapters.web.conversation;

import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An invite link can be previewed before signing in, and guessing codes through it is limited. */
@MicronautTest
@Property(name = "test.attempts-per-address", value = "3")
class InvitePreviewApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void an_invite_is_previewed_without_signing_in_and_guesses_are_limited() {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = Accounts.register(api, "Ann");
        Map<String, Object> room = api.post("/api/rooms", Map.of("name", "Staff", "isPrivate", true, "description", "Only us"), ann.token()).json();
        String id = (String) room.get("id");
        String code = (String) room.get("inviteCode");

        Reply preview = api.get("/api/rooms/" + id + "/invite?code=" + code, null);

        assertEquals(200, preview.status(), preview.toString());
        assertEquals(Map.of("id", id, "name", "Staff", "description", "Only us", "memberCount", 1), preview.json());

        Reply wrongCode = api.get("/api/rooms/" + id + "/invite?code=0000000000000000", null);
        Reply unknownRoom = api.get("/api/rooms/00000000000000000000000000/invite?code=" + code, null);
        assertProblem(wrongCode, 404, "not_found");
        assertProblem(unknownRoom, 404, "not_found");
        assertEquals(wrongCode.body(), unknownRoom.body(), "nothing tells a wrong code from an unknown room");

        assertProblem(api.get("/api/rooms/" + id + "/invite", null), 404, "not_found");
        Reply limited = api.get("/api/rooms/" + id + "/invite?code=" + code, null);
        assertProblem(limited, 429, "rate_limited");
        assertNotNull(limited.header("Retry-After"), limited.toString());
    }
}
