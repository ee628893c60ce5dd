package io.parley.adapters.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.liquibase.LiquibaseConfigurationProperties;
import io.micronaut.liquibase.LiquibaseMigrator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one connection pool, to {@link DatabaseServer}. Built here rather than from static
 * {@code datasources.default.url} properties because the embedded server's port is known only
 * once it runs. Micronaut Data and its transactions use it as the "default" data source.
 */
@Context
public final class ConnectionPool implements AutoCloseable {

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
        this.pool = new HikariDataSource(config);
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
