package io.parley.application.fakes;

import io.parley.application.common.port.RunInTransactionPort;
import java.util.function.Supplier;

/** Runs the work as it is; counts transactions so tests can see the boundary was used. */
public class DirectTransactionRunner implements RunInTransactionPort {

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
