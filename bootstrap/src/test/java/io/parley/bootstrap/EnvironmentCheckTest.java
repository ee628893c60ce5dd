package io.parley.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCheckTest {

    @Test
    void good_numbers_pass() {
        assertEquals(List.of(), EnvironmentCheck.problems(Map.of("PORT", "8080", "AUTH_RATE_LIMIT", "20", "AUTH_RATE_WINDOW_MS", "600000")));
        assertEquals(List.of(), EnvironmentCheck.problems(Map.of()));
    }

    @Test
    void bad_numbers_are_named() {
        assertEquals(List.of("PORT must be a whole number, not 'eighty'"), EnvironmentCheck.problems(Map.of("PORT", "eighty")));
        assertEquals(List.of("PORT must be between 0 and 65535, not 70000"), EnvironmentCheck.problems(Map.of("PORT", "70000")));
        assertEquals(List.of("AUTH_RATE_LIMIT must be between 1 and 2147483647, not 0"), EnvironmentCheck.problems(Map.of("AUTH_RATE_LIMIT", "0")));
    }

    @Test
    void an_external_database_needs_a_jwt_secret() {
        assertEquals(List.of("JWT_SECRET must be set when DATABASE_URL is set"), EnvironmentCheck.problems(Map.of("DATABASE_URL", "mysql://h/db")));
        assertEquals(List.of(), EnvironmentCheck.problems(Map.of("DATABASE_URL", "mysql://h/db", "JWT_SECRET", "s")));
    }

    @Test
    void storage_is_local_or_s3() {
        assertEquals(List.of(), EnvironmentCheck.problems(Map.of("STORAGE", "s3")));
        assertEquals(List.of("STORAGE must be local or s3, not 'ftp'"), EnvironmentCheck.problems(Map.of("STORAGE", "ftp")));
    }

    @Test
    void cors_is_on_only_for_listed_origins() {
        assertEquals(Map.of(), EnvironmentCheck.derivedProperties(Map.of()));
        assertEquals(Map.of(), EnvironmentCheck.derivedProperties(Map.of("CORS_ORIGIN", " ")));
        assertEquals(Map.of("micronaut.server.cors.enabled", true,
                        "micronaut.server.cors.configurations.web.allowed-origins", List.of("https://a.example", "https://b.example")),
                EnvironmentCheck.derivedProperties(Map.of("CORS_ORIGIN", "https://a.example, https://b.example")));
    }
}
