package io.parley.adapters.web.security;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.parley.application.account.RecallEndedSessionsUseCase;
import jakarta.inject.Singleton;

/**
 * The deny-list of ended sign-ins lives in memory, so a restart would forget it and let their
 * unexpired access tokens back in: it is read back from the database before the server takes requests.
 */
@Singleton
final class EndedSignInsAtStart {

    private final RecallEndedSessionsUseCase recall;

    EndedSignInsAtStart(RecallEndedSessionsUseCase recall) {
        this.recall = recall;
    }

    @EventListener
    void recallEnded(StartupEvent started) {
        recall.recallEnded();
    }
}
