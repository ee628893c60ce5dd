package io.parley.application.account.port;

import io.parley.domain.session.Session;

/** Reaches the open sockets of a sign-in. */
public interface DisconnectSessionPort {

    /** Closes every socket opened in {@code session}, now; none open is fine. */
    void disconnect(Session session);
}
