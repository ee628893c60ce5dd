package io.parley.adapters.persistence.session;

import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcWsTicketStore implements StoreWsTicketPort {

    private final WsTicketRowRepository rows;

    JdbcWsTicketStore(WsTicketRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void save(String ticketHash, Session session, Instant expiresAt) {
        rows.save(new WsTicketRow(ticketHash, session.user().value(), session.id().value(), expiresAt));
    }

    /** Runs inside the caller's transaction: the row lock makes two redemptions of one ticket take turns. */
    @Override
    public Optional<Session> take(String ticketHash, Instant now) {
        Optional<WsTicketRow> row = rows.findByTicketHashForUpdate(ticketHash);
        row.ifPresent(r -> rows.deleteByTicketHash(ticketHash));
        return row.filter(r -> now.isBefore(r.expiresAt())).map(r -> new Session(new SessionId(r.sessionId()), new UserId(r.userId())));
    }

    /**
     * Found with a plain read, then deleted by primary key: a range delete on the expiry index
     * locked gaps that a redemption's row lock could wait on the other way round, a deadlock.
     */
    @Override
    public int deleteExpired(Instant now, int limit) {
        List<String> expired = rows.findExpiredHashes(now, limit);
        if (!expired.isEmpty()) {
            rows.deleteExpired(expired, now);
        }
        return expired.size();
    }
}
