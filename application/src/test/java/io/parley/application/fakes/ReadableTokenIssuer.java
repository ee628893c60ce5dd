package io.parley.application.fakes;

import io.parley.application.port.out.TokenIssuer;
import io.parley.domain.user.UserId;
import java.time.Instant;

public class ReadableTokenIssuer implements TokenIssuer {

    @Override
    public String accessToken(UserId user, Instant issuedAt, Instant expiresAt) {
        return "access:" + user.value() + ":" + expiresAt.getEpochSecond();
    }
}
