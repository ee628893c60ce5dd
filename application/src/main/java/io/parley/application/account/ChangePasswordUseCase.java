package io.parley.application.account;

import io.parley.domain.Refusal;
import io.parley.domain.session.Session;
import io.parley.domain.user.Password;

public interface ChangePasswordUseCase {

    /**
     * Changes the caller's password, given the current one, and ends every other sign-in of the
     * account. The caller's own sign-in goes on with fresh tokens: its earlier refresh tokens are
     * used up, so one that leaked cannot outlive the change either.
     */
    SessionTokens changePassword(ChangePasswordCommand command);

    record ChangePasswordCommand(Session caller, String current, String next) {

        public ChangePasswordCommand {
            if (current == null || current.isEmpty()) {
                throw Refusal.invalid("current", "current is required");
            }
            next = Password.requireAcceptable(next, "new");
        }
    }
}
