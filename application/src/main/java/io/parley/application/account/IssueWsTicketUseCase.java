package io.parley.application.port.in;

import io.parley.domain.user.UserId;

public interface IssueWsTicketUseCase {

    WsTicket issue(UserId user);
}
