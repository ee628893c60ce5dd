package io.parley.application.account;

import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.domain.session.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Single-use, short-lived WebSocket tickets, so browsers never put a long-lived token in a URL. */
public final class WsTicketService implements IssueWsTicketUseCase, RedeemWsTicketUseCase, PurgeExpiredWsTicketsUseCase {

    /** Tickets deleted per transaction, so a sweep never holds many row locks at once. */
    static final int PURGE_BATCH = 500;

    private final StoreWsTicketPort tickets;
    private final CheckSessionQuery sessions;
    private final RunInTransactionPort tx;
    private final AuthSettings settings;
    private final Clock clock;

    public WsTicketService(StoreWsTicketPort tickets, CheckSessionQuery sessions, RunInTransactionPort tx, AuthSettings settings,
                           Clock clock) {
        this.tickets = tickets;
        this.sessions = sessions;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public WsTicket issue(Session session) {
        Instant now = clock.instant();
        String ticket = Secrets.newSecret();
        Instant expiresAt = now.plus(settings.wsTicketTtl());
        tx.inTransaction(() -> {
            tickets.save(Secrets.hashOf(ticket), session, expiresAt);
            return null;
        });
        return new WsTicket(ticket, expiresAt);
    }

    @Override
    public Optional<Session> redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        // A ticket taken before its sign-in ended must not open a socket after.
        return tx.inTransaction(() -> tickets.take(Secrets.hashOf(ticket), clock.instant()))
                .filter(session -> !sessions.hasEnded(session.id()));
    }

    /**
     * Expired tickets are deleted by a sweep, apart from issuing: deleting them in the transaction
     * that issues one deadlocked with a redemption running at the same moment (a page reloaded
     * during its socket's upgrade), and the new page got a 500.
     */
    @Override
    public int purgeExpired() {
        Instant now = clock.instant();
        int purged = 0;
        int batch;
        do {
            batch = tx.inTransaction(() -> tickets.deleteExpired(now, PURGE_BATCH));
            purged += batch;
        } while (batch == PURGE_BATCH);
        return purged;
    }
}
