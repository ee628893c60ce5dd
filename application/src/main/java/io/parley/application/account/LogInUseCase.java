package io.parley.application.account;

import io.parley.domain.Refusal;

public interface LogInUseCase {

    /**
     * Signs in with email and password. An unknown email and a wrong password get the same
     * {@code invalid_credentials}; too many failures get {@code too_many_attempts}.
     */
    SignedIn logIn(LogInCommand command);

    record LogInCommand(String email, String password, String clientAddress) {

        public LogInCommand {
            if (email == null || email.isBlank()) {
                throw Refusal.invalid("email", "email is required");
            }
            if (password == null || password.isEmpty()) {
                throw Refusal.invalid("password", "password is required");
            }
        }
    }
}
