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
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid("password", "password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw Refusal.invalid("password", "password must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw Refusal.invalid("password", "password must be at most " + MAX_LENGTH + " characters");
        }
        return password;
    }
}
