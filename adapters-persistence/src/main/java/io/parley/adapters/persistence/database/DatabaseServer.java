package io.parley.adapters.persistence.database;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The database Parley talks to: the server {@code DATABASE_URL} names, or, when it is unset, an
 * embedded MariaDB whose files live under {@code DATA_DIR}, started here and stopped on shutdown.
 */
@Singleton
public final class DatabaseServer implements AutoCloseable {

    private final JdbcTarget target;
    private final EmbeddedMariaDb embedded;

    public DatabaseServer(@Value("${parley.database.url:}") String databaseUrl,
                          @Value("${parley.data-dir:./data}") Path dataDir) {
        if (databaseUrl.isBlank()) {
            this.embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb"));
            this.target = embedded.target();
        } else {
            this.embedded = null;
            this.target = JdbcTarget.parse(databaseUrl);
            requireReachable(target);
        }
    }

    // Checked here, once, so that a wrong host or password stops start-up with a line naming the variable.
    private static void requireReachable(JdbcTarget target) {
        try (Connection ignored = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("DATABASE_URL: cannot connect to " + target.url().replaceFirst("\\?.*", "")
                    + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    public JdbcTarget target() {
        return target;
    }

    public Optional<EmbeddedMariaDb> embedded() {
        return Optional.ofNullable(embedded);
    }

    @PreDestroy
    @Override
    public void close() {
        if (embedded != null) {
            embedded.stop();
        }
    }
}
