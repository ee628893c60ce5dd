package io.parley.application.port.out;

import java.util.function.Supplier;

public interface TransactionRunner {

    /** Runs {@code work} in one transaction: all of it commits, or none of it does. */
    <T> T inTransaction(Supplier<T> work);
}
