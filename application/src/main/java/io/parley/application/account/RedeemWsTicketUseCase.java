package io.parley.application.account;

import io.parley.domain.session.Session;
import java.util.Optional;

public interface RedeemWsTicketUseCase {

    /** The ticket's sign-in, if the ticket is known, unexpired and unused and the sign-in goes on; it is used up either way. */
    Optional<Session> redeem(String ticket);
}
