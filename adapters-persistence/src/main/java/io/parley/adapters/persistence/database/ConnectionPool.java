package io.parley.adapters.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.liquibase.LiquibaseConfigurationProperties;
import io.micronaut.liquibase.LiquibaseMigrator;
import io.parley.application.health.port.ProbeDatabasePort;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one connection pool, to {@link DatabaseServer}. Built here rather than from static
 * {@code datasources.default.url} properties because the embedded server's port is known only
 * once it runs. Micronaut Data and its transactions use it as the "default" data source. When the
 * server goes away the pool drops the broken connections and makes new ones once it is back, so
 * Parley recovers from an outage without a restart.
 */
@Context
public final class ConnectionPool implements ProbeDatabasePort, AutoCloseable {

    /**
     * How long a caller waits for a connection before it is told the database is unavailable.
     * Hikari's 30 s default turns an outage into requests that hang for half a minute. A healthy
     * pool hands one out in milliseconds; a caller waits seconds only when the database is gone or
     * hopelessly overloaded, and then a 503 with Retry-After is the better answer too.
     */
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /** How long checking that a pooled connection still answers may take; must be below the above. */
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    // Liquibase logs through java.util.logging, chattily (even a stack trace at INFO); warnings are what matter.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private final HikariDataSource pool;

    ConnectionPool(DatabaseServer server, @Value("${parley.database.pool-size:10}") int poolSize) {
        JdbcTarget target = server.target();
        HikariConfig config = new HikariConfig();
        config.setPoolName("parley");
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        this.pool = new HikariDataSource(config);
    }

    /** A connection from the pool that answers a ping: at most the two timeouts above, about nothing when the pool is idle. */
    @Override
    public boolean reachable() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid((int) VALIDATION_TIMEOUT.toSeconds());
        } catch (SQLException e) {
            return false;
        }
    }

    @PreDestroy
    @Override
    public void close() {
        pool.close();
    }

    @Factory
    static final class DefaultDataSource {

        /**
         * Migrates the schema before anything can use the pool. Micronaut Liquibase migrates only
         * data sources it configured itself, so it is asked explicitly here. Micronaut Data wraps
         * this bean in a proxy, which is why the pool, not this bean, is what gets closed.
         */
        // Eager, so an unreachable database or a failed migration stops start-up instead of the first request.
        @Context
        @Named("default")
        @Bean(typed = DataSource.class)
        DataSource dataSource(ConnectionPool pool, LiquibaseMigrator migrator,
                              @Named("default") LiquibaseConfigurationProperties migrations) {
            migrator.run(migrations, pool.pool);
            return pool.pool;
        }
    }
}
