package io.parley.application.account;

import io.parley.domain.session.SessionId;

public interface CheckSessionQuery {

    /** Whether the sign-in was ended (logout, a reused refresh token, a password change) while its access tokens may live on. */
    boolean hasEnded(SessionId session);
}
