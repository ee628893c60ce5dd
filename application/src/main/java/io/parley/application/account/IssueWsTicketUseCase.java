package io.parley.application.account;

import io.parley.domain.user.UserId;

public interface IssueWsTicketUseCase {

    WsTicket issue(UserId user);
}
