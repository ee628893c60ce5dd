package io.parley.bootstrap.fault;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's MariaDB server ({@code mariadbd}) as a process the test owns, set up the way
 * {@code .ci/external-mariadb.sh} does it: its own data directory and a loopback port, both kept
 * across {@link #kill()} and {@link #start()}, so a test can take the database away mid-use and
 * bring the same one back.
 */
final class MariaDbServer implements AutoCloseable {

    static final String USER = "parley";
    static final String PASSWORD = "parley-fault-test";
    private static final Duration READY_WITHIN = Duration.ofSeconds(60);

    private final Path dir;
    private final int port;
    private Process process;

    private MariaDbServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Whether this machine has the server and its tools (Debian: {@code apt-get install mariadb-server}). */
    static boolean installed() {
        return Stream.of("mariadbd", "mariadb-install-db", "mariadb-admin", "mariadb").allMatch(name -> executable(name).isPresent());
    }

    /** A fresh server in {@code dir} (emptied first) with a {@code parley} database and user, running. */
    static MariaDbServer create(Path dir) throws IOException, InterruptedException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        MariaDbServer server = new MariaDbServer(dir.toAbsolutePath(), freePort());
        server.run(List.of(tool("mariadb-install-db"), "--no-defaults", "--user=" + osUser(), "--datadir=" + server.dataDir(),
                "--skip-test-db"), null);
        server.start();
        server.run(List.of(tool("mariadb"), "--no-defaults", "--socket=" + server.socket(), "-uroot"), """
                CREATE DATABASE parley CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER '%s'@'%%' IDENTIFIED BY '%s';
                GRANT ALL PRIVILEGES ON parley.* TO '%s'@'%%';
                """.formatted(USER, PASSWORD, USER));
        return server;
    }

    /** What Parley is given as {@code DATABASE_URL}. */
    String databaseUrl() {
        return "mysql://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/parley";
    }

    /** Starts the server on its data directory and port, and waits until it answers. */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("mariadbd is already running");
        }
        process = new ProcessBuilder(tool("mariadbd"), "--no-defaults", "--user=" + osUser(), "--datadir=" + dataDir(),
                "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + socket(), "--pid-file=" + dir.resolve("mariadb.pid"),
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("mariadbd did not start; see " + dir.resolve("server.log"));
            }
            Thread.sleep(100);
        }
    }

    /** SIGKILL, as a crash or an OOM kill would do it: no shutdown, open connections just break. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("mariadbd did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private boolean answers() throws IOException, InterruptedException {
        Process ping = new ProcessBuilder(tool("mariadb-admin"), "--no-defaults", "--socket=" + socket(), "-uroot", "ping")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return ping.waitFor(10, TimeUnit.SECONDS) && ping.exitValue() == 0;
    }

    private void run(List<String> command, String stdin) throws IOException, InterruptedException {
        Path log = dir.resolve("setup.log");
        Process step = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try (var in = step.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (!step.waitFor(60, TimeUnit.SECONDS) || step.exitValue() != 0) {
            step.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed; see " + log);
        }
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private Path socket() {
        return dir.resolve("mariadb.sock");
    }

    private static String tool(String name) {
        return executable(name).orElseThrow(() -> new IllegalStateException(name + " is not installed")).toString();
    }

    // mariadbd lives in /usr/sbin, which is not on every user's PATH.
    private static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/usr/local/sbin";
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }

    private static String osUser() {
        return System.getProperty("user.name");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
