package io.parley.application.account;

import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Single-use, short-lived WebSocket tickets, so browsers never put a long-lived token in a URL. */
public final class WsTicketService implements IssueWsTicketUseCase, RedeemWsTicketUseCase, PurgeExpiredWsTicketsUseCase {

    /** Tickets deleted per transaction, so a sweep never holds many row locks at once. */
    static final int PURGE_BATCH = 500;

    private final StoreWsTicketPort tickets;
    private final RunInTransactionPort tx;
    private final AuthSettings settings;
    private final Clock clock;

    public WsTicketService(StoreWsTicketPort tickets, RunInTransactionPort tx, AuthSettings settings, Clock clock) {
        this.tickets = tickets;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public WsTicket issue(UserId user) {
        Instant now = clock.instant();
        String ticket = Secrets.newSecret();
        Instant expiresAt = now.plus(settings.wsTicketTtl());
        tx.inTransaction(() -> {
            tickets.save(Secrets.hashOf(ticket), user, expiresAt);
            return null;
        });
        return new WsTicket(ticket, expiresAt);
    }

    @Override
    public Optional<UserId> redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return tx.inTransaction(() -> tickets.take(Secrets.hashOf(ticket), clock.instant()));
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
