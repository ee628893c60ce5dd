package io.parley.adapters.persistence.database;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only a MariaDB server of this very data directory is ever stopped. Stand-ins play the server: a
 * copy of the shell named {@code mariadbd}, waiting on its input, with a {@code --datadir=} argument.
 * (The real one, left by a killed Parley, is in bootstrap's {@code CrashRecoveryIT}.)
 */
class OrphanedServerTest {

    @TempDir
    Path temp;

    Path dataDir;
    Path pidFile;
    final List<Process> started = new ArrayList<>();

    @BeforeEach
    void aDataDirectory() throws IOException {
        dataDir = Files.createDirectories(temp.resolve("data"));
        pidFile = dataDir.resolve(EmbeddedMariaDb.PID_FILE);
    }

    @AfterEach
    void endWhatThisTestStarted() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void the_server_of_this_data_directory_is_stopped() throws Exception {
        Process server = run(executableNamed("mariadbd"), "--datadir=" + dataDir.toRealPath());
        Files.writeString(pidFile, server.pid() + "\n");

        OrphanedServer.stopIfRunning(dataDir, pidFile);

        assertTrue(server.waitFor(5, TimeUnit.SECONDS), "the server was stopped");
    }

    @Test
    void a_server_of_another_data_directory_is_left_alone() throws Exception {
        Process other = run(executableNamed("mariadbd"), "--datadir=" + Files.createDirectories(temp.resolve("other")).toRealPath());
        Files.writeString(pidFile, String.valueOf(other.pid()));

        OrphanedServer.stopIfRunning(dataDir, pidFile);

        assertFalse(other.waitFor(1, TimeUnit.SECONDS), "another data directory's server keeps running");
    }

    @Test
    void a_process_that_is_not_a_database_server_is_left_alone_even_if_it_names_the_directory() throws Exception {
        Process unrelated = run(Path.of("/bin/sh"), "--datadir=" + dataDir.toRealPath());
        Files.writeString(pidFile, String.valueOf(unrelated.pid()));

        OrphanedServer.stopIfRunning(dataDir, pidFile);

        assertFalse(unrelated.waitFor(1, TimeUnit.SECONDS), "a process that took over the pid keeps running");
    }

    @Test
    void a_pid_file_naming_a_process_that_is_gone_or_no_number_is_ignored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(pidFile, String.valueOf(gone.pid()));
        assertDoesNotThrow(() -> OrphanedServer.stopIfRunning(dataDir, pidFile));

        Files.writeString(pidFile, "not a pid");
        assertDoesNotThrow(() -> OrphanedServer.stopIfRunning(dataDir, pidFile));
    }

    private Path executableNamed(String name) throws IOException {
        Path executable = Files.createDirectories(temp.resolve("bin")).resolve(name);
        Files.copy(Path.of("/bin/sh"), executable);
        assertTrue(executable.toFile().setExecutable(true));
        return executable;
    }

    // "sh -c 'read line' NAME": the shell waits on its input, which stays open, with NAME among its arguments.
    private Process run(Path executable, String argument) throws IOException {
        Process process = new ProcessBuilder(executable.toString(), "-c", "read line", argument).start();
        started.add(process);
        return process;
    }
}
