package io.parley.application.fakes;

import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.domain.user.UserId;
import java.time.Instant;

public class ReadableTokenIssuer implements IssueAccessTokenPort {

    @Override
    public String accessToken(UserId user, Instant issuedAt, Instant expiresAt) {
        return "access:" + user.value() + ":" + expiresAt.getEpochSecond();
    }
}
