package io.parley.application.account.port;

import io.parley.domain.session.Session;
import java.time.Instant;
import java.util.Optional;

public interface StoreWsTicketPort {

    void save(String ticketHash, Session session, Instant expiresAt);

    /** Removes the ticket and answers its session if it had not expired at {@code now}; atomic, so a ticket works once. */
    Optional<Session> take(String ticketHash, Instant now);

    /** Deletes at most {@code limit} tickets expired at {@code now}; answers how many. */
    int deleteExpired(Instant now, int limit);
}
