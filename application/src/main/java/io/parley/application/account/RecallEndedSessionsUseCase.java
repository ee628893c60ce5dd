package io.parley.application.account;

public interface RecallEndedSessionsUseCase {

    /** Learns, at start, the sign-ins ended recently enough that their access tokens may still be unexpired. */
    void recallEnded();
}
