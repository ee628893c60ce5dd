package io.parley.application.common.port;

import java.util.function.Supplier;

public interface RunInTransactionPort {

    /** Runs {@code work} in one transaction: all of it commits, or none of it does. */
    <T> T inTransaction(Supplier<T> work);
}
