package io.parley.bootstrap;

import io.parley.testing.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The built jar run as a separate process, as a person runs it, for the tests that need a whole process. */
final class ParleyJar {

    private static final Path JAR = Path.of(System.getProperty("parley.jar", "target/parley.jar"));

    private ParleyJar() {
    }

    /** Starts the jar with {@code env} on top of this JVM's environment, its output appended to {@code log}. */
    static Process start(Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString());
        builder.environment().keySet().removeIf(k -> k.equals("DATABASE_URL") || k.equals("JWT_SECRET") || k.equals("PORT"));
        builder.environment().putAll(env);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder.start();
    }

    /** Waits for {@code GET /api/health} to answer 200 and says how long that took. */
    static Duration awaitHealthy(ApiClient api, Process process, Duration within) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(within);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Parley exited: " + readErrors(process));
            }
            try {
                if (api.get("/api/health", null).status() == 200) {
                    return Duration.between(start, Instant.now());
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Parley did not become healthy within " + within);
    }

    /** The embedded MariaDB server the process started, a child of its JVM. */
    static Optional<ProcessHandle> embeddedDatabase(Process process) {
        return process.toHandle().children()
                .filter(child -> child.info().command().filter(command -> command.endsWith("/mariadbd")).isPresent())
                .findFirst();
    }

    static String readErrors(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes());
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Asks it to stop (SIGTERM), as a service manager would. */
    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
