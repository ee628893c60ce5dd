package io.parley.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment variables of SPEC §2 that need more than a placeholder in application.yml:
 * numbers checked before Micronaut sees them (so the message names the variable), and settings
 * derived from them.
 */
final class EnvironmentCheck {

    private EnvironmentCheck() {
    }

    static List<String> problems(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        requireNumber(env, "PORT", 0, 65_535, problems);
        requireNumber(env, "AUTH_RATE_LIMIT", 1, Integer.MAX_VALUE, problems);
        requireNumber(env, "AUTH_RATE_WINDOW_MS", 1, Long.MAX_VALUE, problems);
        requireNumber(env, "MESSAGE_RATE_LIMIT", 1, Integer.MAX_VALUE, problems);
        requireNumber(env, "MESSAGE_RATE_WINDOW_MS", 1, Long.MAX_VALUE, problems);
        String storage = env.getOrDefault("STORAGE", "").strip();
        if (!storage.isEmpty() && !storage.equals("local") && !storage.equals("s3")) {
            problems.add("STORAGE must be local or s3, not '" + storage + "'");
        }
        // Checked here as well as where the secret is made, so this answer never waits on a database connection.
        if (!env.getOrDefault("DATABASE_URL", "").isBlank() && env.getOrDefault("JWT_SECRET", "").isBlank()) {
            problems.add("JWT_SECRET must be set when DATABASE_URL is set");
        }
        return problems;
    }

    /**
     * Cross-origin browser access exists only for the origins {@code CORS_ORIGIN} lists. Micronaut
     * treats an empty allow-list as "any origin", so CORS is switched on only when there is a list.
     */
    static Map<String, Object> derivedProperties(Map<String, String> env) {
        Map<String, Object> properties = new HashMap<>();
        String origins = env.getOrDefault("CORS_ORIGIN", "").strip();
        if (!origins.isEmpty()) {
            properties.put("micronaut.server.cors.enabled", true);
            properties.put("micronaut.server.cors.configurations.web.allowed-origins",
                    Arrays.stream(origins.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toList());
        }
        return properties;
    }

    private static void requireNumber(Map<String, String> env, String name, long min, long max, List<String> problems) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < min || number > max) {
                problems.add(name + " must be between " + min + " and " + max + ", not " + value.strip());
            }
        } catch (NumberFormatException e) {
            problems.add(name + " must be a whole number, not '" + value.strip() + "'");
        }
    }
}
