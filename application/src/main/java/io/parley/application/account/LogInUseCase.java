package io.parley.application.account;

import io.parley.domain.Refusal;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.Password;

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
            // Failed logins are remembered per email for a while, so what a stranger can make the
            // server keep is bounded here: no address or password is longer than these.
            if (email.strip().length() > EmailAddress.MAX_LENGTH) {
                throw Refusal.invalid("email", "email is not a valid address");
            }
            if (password == null || password.isEmpty()) {
                throw Refusal.invalid("password", "password is required");
            }
            if (password.length() > 2 * Password.MAX_LENGTH) {
                throw Refusal.invalid("password", "password must be at most " + Password.MAX_LENGTH + " characters");
            }
        }
    }
}
