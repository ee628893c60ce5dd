package io.parley.adapters.persistence;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.parley.domain.Refusal;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * Tells "the database cannot be reached" apart from every other failure, and answers it as the
 * core's {@code UNAVAILABLE} refusal (503 over HTTP, an error frame over the socket). Anything
 * else — a wrong statement, a broken constraint — is a bug and stays one (500 {@code internal_error}).
 * The one place that decides; the adapter's two doors apply it: every repository
 * ({@link RefusesWhenUnreachable}) and the transaction runner.
 */
final class DatabaseOutage {

    /** About how long the pool needs to connect again once the server is back. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    // SQLState class 08 is "connection exception" in SQL:2003; the driver and the pool use it alike.
    private static final String CONNECTION_EXCEPTION = "08";
    // Enough for any real chain of wrappers, and an end to a cyclic one.
    private static final int MAX_CAUSES = 32;

    private DatabaseOutage() {
    }

    static boolean isOutage(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
            // Setting a connection up or back (read-only, isolation) fails only on a broken connection, and that
            // failure replaces the statement's own; missing a connection that must exist is a bug instead.
            if (t instanceof ConnectionException && !(t instanceof NoConnectionException) && t.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The refusal for an outage, or the failure itself when it is something else. */
    static RuntimeException translated(RuntimeException failure) {
        if (failure instanceof Refusal || !isOutage(failure)) {
            return failure;
        }
        return Refusal.unavailable("The database cannot be reached; try again shortly", RETRY_AFTER);
    }
}
