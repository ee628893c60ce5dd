package io.parley.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryWsTickets;
import io.parley.application.fakes.TestClock;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WsTicketServiceTest {

    private final TestClock clock = new TestClock();
    private final InMemoryWsTickets store = new InMemoryWsTickets();
    private final Set<SessionId> ended = new HashSet<>();
    private final WsTicketService tickets = new WsTicketService(store, ended::contains, new DirectTransactionRunner(), AuthSettings.defaults(),
            clock);
    private final Session ann = new Session(new SessionId("ann-phone"), new UserId("ann"));

    @Test
    void a_ticket_names_its_sign_in_once() {
        WsTicket ticket = tickets.issue(ann);

        assertEquals(clock.instant().plus(Duration.ofSeconds(60)), ticket.expiresAt());
        assertEquals(Optional.of(ann), tickets.redeem(ticket.ticket()));
        assertEquals(Optional.empty(), tickets.redeem(ticket.ticket()));
    }

    @Test
    void an_expired_ticket_names_nobody() {
        WsTicket ticket = tickets.issue(ann);
        clock.advance(Duration.ofSeconds(60));

        assertEquals(Optional.empty(), tickets.redeem(ticket.ticket()));
    }

    @Test
    void a_ticket_of_a_sign_in_ended_since_it_was_issued_names_nobody() {
        WsTicket ticket = tickets.issue(ann);
        ended.add(ann.id());

        assertEquals(Optional.empty(), tickets.redeem(ticket.ticket()));
    }

    @Test
    void unknown_and_empty_tickets_name_nobody() {
        assertEquals(Optional.empty(), tickets.redeem("made-up"));
        assertEquals(Optional.empty(), tickets.redeem(""));
        assertEquals(Optional.empty(), tickets.redeem(null));
    }

    @Test
    void a_purge_clears_out_expired_tickets_only() {
        tickets.issue(ann);
        clock.advance(Duration.ofMinutes(5));
        tickets.issue(ann);

        assertEquals(1, tickets.purgeExpired());
        assertEquals(1, store.size());
    }

    @Test
    void a_purge_goes_through_any_number_of_expired_tickets_a_batch_at_a_time() {
        for (int i = 0; i < WsTicketService.PURGE_BATCH * 2 + 3; i++) {
            tickets.issue(ann);
        }
        clock.advance(Duration.ofMinutes(5));

        assertEquals(WsTicketService.PURGE_BATCH * 2 + 3, tickets.purgeExpired());
        assertEquals(0, store.size());
    }
}
