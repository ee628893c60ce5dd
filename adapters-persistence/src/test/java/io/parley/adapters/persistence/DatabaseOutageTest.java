package io.parley.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.exceptions.NoConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.parley.domain.Refusal;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void failures_to_reach_the_database_are_outages_wherever_they_are_in_the_chain() {
        assertTrue(DatabaseOutage.isOutage(new SQLTransientConnectionException("parley - Connection is not available, request timed out")));
        assertTrue(DatabaseOutage.isOutage(new SQLNonTransientConnectionException("Socket error", "08000")));
        assertTrue(DatabaseOutage.isOutage(new SQLRecoverableException("gone")));
        assertTrue(DatabaseOutage.isOutage(new SQLException("Communications link failure", "08S01")));
        assertTrue(DatabaseOutage.isOutage(new DataAccessException("Error executing SQL", new SQLNonTransientConnectionException("reset", "08000"))));
        // A read's connection is set back after use; on a connection the pool closed as broken that fails instead of the read.
        assertTrue(DatabaseOutage.isOutage(new ConnectionException("Could not set JDBC Connection read-only", new SQLException("Connection is closed"))));
    }

    @Test
    void wrong_statements_and_broken_rules_are_not_outages() {
        assertFalse(DatabaseOutage.isOutage(new DataAccessException("Error executing SQL", new SQLSyntaxErrorException("syntax", "42000"))));
        assertFalse(DatabaseOutage.isOutage(new DataAccessException("dup", new SQLIntegrityConstraintViolationException("dup", "23000", 1062))));
        assertFalse(DatabaseOutage.isOutage(new SQLTransactionRollbackException("Deadlock found", "40001")));
        assertFalse(DatabaseOutage.isOutage(new NoConnectionException("Expected an existing connection, but none was found.")));
        assertFalse(DatabaseOutage.isOutage(new IllegalStateException("a bug")));
    }

    @Test
    void an_outage_is_translated_into_the_unavailable_refusal_and_anything_else_is_left_alone() {
        RuntimeException outage = new DataAccessException("Error executing SQL", new SQLNonTransientConnectionException("reset", "08000"));
        RuntimeException bug = new DataAccessException("Error executing SQL", new SQLSyntaxErrorException("syntax", "42000"));
        Refusal notFound = Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation");

        Refusal refusal = (Refusal) DatabaseOutage.translated(outage);
        assertEquals(Refusal.Reason.UNAVAILABLE, refusal.reason());
        assertTrue(refusal.retryAfter().isPresent());
        assertFalse(refusal.getMessage().contains("SQL"), refusal.getMessage());
        assertSame(bug, DatabaseOutage.translated(bug));
        assertSame(notFound, DatabaseOutage.translated(notFound));
    }
}
