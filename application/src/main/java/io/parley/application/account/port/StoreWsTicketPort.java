package io.parley.application.account.port;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

public interface StoreWsTicketPort {

    void save(String ticketHash, UserId user, Instant expiresAt);

    /** Removes the ticket and answers its user if it had not expired at {@code now}; atomic, so a ticket works once. */
    Optional<UserId> take(String ticketHash, Instant now);

    /** Deletes at most {@code limit} tickets expired at {@code now}; answers how many. */
    int deleteExpired(Instant now, int limit);
}
