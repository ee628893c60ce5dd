package io.parley.application.fakes;

import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.domain.session.Session;
import java.time.Instant;

public class ReadableTokenIssuer implements IssueAccessTokenPort {

    @Override
    public String accessToken(Session session, Instant issuedAt, Instant expiresAt) {
        return "access:" + session.user().value() + ":" + session.id().value() + ":" + expiresAt.getEpochSecond();
    }
}
