package io.parley.application.account;

import io.parley.domain.session.RefreshToken;
import io.parley.domain.user.UserId;

public interface LogOutUseCase {

    /** Ends the sign-in the refresh token belongs to, if it is the caller's; silent otherwise. */
    void logOut(LogOutCommand command);

    record LogOutCommand(UserId caller, String refreshToken) {

        public LogOutCommand {
            refreshToken = RefreshToken.validPresented(refreshToken);
        }
    }
}
