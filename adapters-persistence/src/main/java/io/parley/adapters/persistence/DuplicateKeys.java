package io.parley.adapters.persistence;

import java.sql.SQLIntegrityConstraintViolationException;

/** Tells a broken unique constraint apart from other failures, so a store can answer "taken". */
public final class DuplicateKeys {

    private static final int ER_DUP_ENTRY = 1062;

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
