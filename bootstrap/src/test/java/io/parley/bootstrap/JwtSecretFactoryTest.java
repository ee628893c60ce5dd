package io.parley.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.adapters.web.security.JwtSecret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretFactoryTest {

    private final JwtSecretFactory factory = new JwtSecretFactory();

    @Test
    void a_generated_secret_is_kept_for_its_owner_only_and_reused(@TempDir Path dataDir) throws Exception {
        JwtSecret first = factory.jwtSecret("", "", dataDir);
        JwtSecret second = factory.jwtSecret("", "", dataDir);

        assertEquals(first, second);
        Path file = dataDir.resolve(JwtSecretFactory.FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.value(), Files.readString(file));
    }

    @Test
    void a_given_secret_wins(@TempDir Path dataDir) {
        String given = "a-given-secret-that-is-long-enough-0123456789";

        assertEquals(given, factory.jwtSecret(given, "mysql://h/db", dataDir).value());
    }

    @Test
    void an_external_database_needs_a_given_secret(@TempDir Path dataDir) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> factory.jwtSecret("", "mysql://h/db", dataDir));

        assertEquals("JWT_SECRET must be set when DATABASE_URL is set", e.getMessage());
    }

    @Test
    void a_short_secret_is_refused(@TempDir Path dataDir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory.jwtSecret("short", "", dataDir));

        assertEquals("JWT_SECRET must be at least 32 bytes long", e.getMessage());
    }
}
