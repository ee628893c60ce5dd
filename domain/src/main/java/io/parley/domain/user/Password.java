package io.parley.domain.user;

import io.parley.domain.Refusal;

/** The rules a new password must meet. The password itself is never kept, only its hash. */
public final class Password {

    public static final int MIN_LENGTH = 8;
    // Long enough for any passphrase, short enough that hashing it cannot be used to burn CPU.
    public static final int MAX_LENGTH = 256;

    private Password() {
    }

    public static String requireAcceptable(String password) {
        return requireAcceptable(password, "password");
    }

    /** The same rules for a password given in another {@code field}, e.g. the new one of a change. */
    public static String requireAcceptable(String password, String field) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid(field, field + " is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw Refusal.invalid(field, field + " must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw Refusal.invalid(field, field + " must be at most " + MAX_LENGTH + " characters");
        }
        return password;
    }
}
