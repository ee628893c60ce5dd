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

    public static Map<String, Object> registration(String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ann Example");
        body.put("email", email);
        body.put("password", PASSWORD);
        return body;
    }
}
