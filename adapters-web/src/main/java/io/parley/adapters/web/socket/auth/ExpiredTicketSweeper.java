package io.parley.adapters.web.socket.auth;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.application.account.PurgeExpiredWsTicketsUseCase;
import jakarta.inject.Singleton;

/** Now and then, deletes the WebSocket tickets that expired unused (they live a minute at most). */
@Singleton
final class ExpiredTicketSweeper {

    private final PurgeExpiredWsTicketsUseCase purge;

    ExpiredTicketSweeper(PurgeExpiredWsTicketsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${parley.auth.ws-ticket-sweep-interval:5m}", initialDelay = "1m")
    void sweep() {
        purge.purgeExpired();
    }
}
