package io.parley.adapters.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.parley.application.common.port.RunInTransactionPort;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The core's transaction boundary, carried out by Micronaut's JDBC transaction manager. Failures
 * to reach the database are answered as {@link DatabaseOutage} says, whether they come from the
 * work (through the repositories) or from beginning, committing or rolling back.
 */
@Singleton
final class JdbcTransactionRunner implements RunInTransactionPort {

    private final TransactionOperations<Connection> transactions;

    JdbcTransactionRunner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        RuntimeException[] workFailure = new RuntimeException[1];
        try {
            return transactions.executeWrite(status -> {
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    workFailure[0] = e;
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            // The manager throws a failed rollback instead of what made it roll back, which is the better answer.
            RuntimeException failure = workFailure[0] != null ? workFailure[0] : e;
            if (failure != e) {
                failure.addSuppressed(e);
            }
            throw DatabaseOutage.translated(failure);
        }
    }
}
