package io.parley.application.fakes;

import io.parley.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs the work as it is; counts transactions so tests can see the boundary was used. */
public class DirectTransactionRunner implements TransactionRunner {

    private int transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    public int transactions() {
        return transactions;
    }
}
