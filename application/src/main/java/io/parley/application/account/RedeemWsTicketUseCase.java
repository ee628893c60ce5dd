package io.parley.application.account;

import io.parley.domain.user.UserId;
import java.util.Optional;

public interface RedeemWsTicketUseCase {

    /** The ticket's user, if the ticket is known, unexpired and unused; it is used up either way. */
    Optional<UserId> redeem(String ticket);
}
