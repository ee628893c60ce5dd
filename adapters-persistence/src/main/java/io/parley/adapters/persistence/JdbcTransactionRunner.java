package io.parley.adapters.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.parley.application.common.port.RunInTransactionPort;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The core's transaction boundary, carried out by Micronaut's JDBC transaction manager. */
@Singleton
final class JdbcTransactionRunner implements RunInTransactionPort {

    private final TransactionOperations<Connection> transactions;

    JdbcTransactionRunner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
