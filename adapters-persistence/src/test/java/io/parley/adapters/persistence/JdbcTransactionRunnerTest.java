package io.parley.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.exceptions.TransactionSystemException;
import io.parley.domain.Refusal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the transaction manager does when the connection breaks, played by a stand-in, since no real server breaks on cue. */
class JdbcTransactionRunnerTest {

    /** Runs the work; when it fails, rolling back fails too, as it does on a connection the pool has closed. */
    private static class RollbackOnBrokenConnection implements TransactionOperations<Connection> {

        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            try {
                return callback.apply(null);
            } catch (RuntimeException e) {
                throw new TransactionSystemException("Could not roll back JDBC transaction", new SQLException("Connection is closed"));
            }
        }

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasConnection() {
            return false;
        }

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return Optional.empty();
        }
    }

    private final JdbcTransactionRunner runner = new JdbcTransactionRunner(new RollbackOnBrokenConnection());

    @Test
    void a_failed_rollback_does_not_hide_the_outage_that_caused_it() {
        Refusal refused = assertThrows(Refusal.class, () -> runner.inTransaction(() -> {
            throw DatabaseOutage.translated(new DataAccessException("Error executing SQL", new SQLNonTransientConnectionException("reset", "08000")));
        }));

        assertEquals(Refusal.Reason.UNAVAILABLE, refused.reason());
    }

    @Test
    void a_failed_rollback_does_not_hide_a_bug_either() {
        DataAccessException bug = new DataAccessException("Error executing SQL", new SQLSyntaxErrorException("syntax", "42000"));

        DataAccessException thrown = assertThrows(DataAccessException.class, () -> runner.inTransaction(() -> {
            throw bug;
        }));

        assertSame(bug, thrown);
        assertEquals(TransactionSystemException.class, thrown.getSuppressed()[0].getClass());
    }

    @Test
    void a_commit_that_cannot_reach_the_database_is_an_outage() {
        JdbcTransactionRunner commitFails = new JdbcTransactionRunner(new RollbackOnBrokenConnection() {
            @Override
            public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
                callback.apply(null);
                throw new TransactionSystemException("Could not commit JDBC transaction", new SQLNonTransientConnectionException("reset", "08000"));
            }
        });

        Refusal refused = assertThrows(Refusal.class, () -> commitFails.inTransaction(() -> "sent"));

        assertEquals(Refusal.Reason.UNAVAILABLE, refused.reason());
    }
}
