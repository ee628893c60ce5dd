package io.parley.application.account;

import io.parley.domain.session.Session;

public interface IssueWsTicketUseCase {

    /** A ticket that opens a socket in {@code session}. */
    WsTicket issue(Session session);
}
