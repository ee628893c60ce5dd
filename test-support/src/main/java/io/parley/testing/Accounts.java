package io.parley.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Registration bodies with sensible defaults; emails are unique so tests never collide. */
public final class Accounts {

    public static final String PASSWORD = "correct horse";

    private Accounts() {
    }

    public static String uniqueEmail() {
        return "u-" + UUID.randomUUID() + "@example.test";
    }

    /** Someone registered through the API, with their access token. */
    public record Person(String id, String name, String email, String token) {
    }

    @SuppressWarnings("unchecked")
    public static Person register(ApiClient api, String name) {
        String email = uniqueEmail();
        Map<String, Object> body = registration(email);
        body.put("name", name);
        ApiClient.Reply reply = api.post("/api/auth/register", body, null);
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        Map<String, Object> user = (Map<String, Object>) reply.json().get("user");
        return new Person((String) user.get("id"), name, email, (String) reply.json().get("token"));
    }

    public static Map<String, Object> registration(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ann Example");
        body.put("email", email);
        body.put("password", PASSWORD);
        return body;
    }
}
