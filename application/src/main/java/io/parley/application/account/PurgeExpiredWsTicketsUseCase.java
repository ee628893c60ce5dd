package io.parley.application.account;

public interface PurgeExpiredWsTicketsUseCase {

    /** Deletes the tickets that have expired; answers how many. */
    int purgeExpired();
}
