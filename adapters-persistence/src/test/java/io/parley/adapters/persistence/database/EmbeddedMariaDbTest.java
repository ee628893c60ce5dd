package io.parley.adapters.persistence.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps what it was given, wherever its home is. */
class EmbeddedMariaDbTest {

    // JUnit makes this under java.io.tmpdir, where a user's DATA_DIR=/tmp/parley would be too.
    @TempDir
    Path temp;

    @Test
    void a_home_under_the_temp_directory_keeps_its_rows_across_a_restart() throws SQLException {
        Path home = temp.resolve("mariadb");
        assertTrue(home.toAbsolutePath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));

        EmbeddedMariaDb first = EmbeddedMariaDb.start(home);
        try {
            execute(first, "CREATE TABLE kept (note VARCHAR(20))");
            execute(first, "INSERT INTO kept VALUES ('still here')");
        } finally {
            first.stop();
        }
        assertTrue(Files.isDirectory(home.resolve("data").resolve(EmbeddedMariaDb.DATABASE)), "the database is still on disk after stop");

        EmbeddedMariaDb second = EmbeddedMariaDb.start(home);
        try {
            assertEquals("still here", queryOne(second, "SELECT note FROM kept"));
        } finally {
            second.stop();
        }
    }

    @Test
    void a_second_start_on_a_home_in_use_is_refused_and_leaves_the_first_server_running() throws SQLException {
        Path home = temp.resolve("mariadb");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(home);
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedMariaDb.start(home));

            assertTrue(refused.getMessage().startsWith("DATA_DIR: ") && refused.getMessage().contains("in use by another Parley"),
                    refused.getMessage());
            assertEquals("1", queryOne(first, "SELECT 1"));
        } finally {
            first.stop();
        }
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            assertTrue(rows.next(), sql + " returned no row");
            return rows.getString(1);
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        JdbcTarget target = db.target();
        return DriverManager.getConnection(target.url(), target.user(), target.password());
    }
}
