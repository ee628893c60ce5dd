package io.parley.application.account;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.Password;
import io.parley.domain.user.User;

public interface RegisterAccountUseCase {

    /** Creates the account and signs it in; refuses a taken email with {@code email_taken}. */
    SignedIn register(RegisterCommand command);

    record RegisterCommand(String name, EmailAddress email, String password, String clientAddress) {

        public RegisterCommand(String name, String email, String password, String clientAddress) {
            this(User.validName(name), new EmailAddress(email), Password.requireAcceptable(password), clientAddress);
        }
    }
}
