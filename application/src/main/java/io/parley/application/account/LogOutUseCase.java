package io.parley.application.port.in;

import io.parley.domain.user.UserId;

public interface LogOutUseCase {

    /** Ends the sign-in the refresh token belongs to, if it is the caller's; silent otherwise. */
    void logOut(UserId caller, String refreshToken);
}
