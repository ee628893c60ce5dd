package io.parley.application.account.port;

import io.parley.domain.user.UserId;
import java.time.Instant;

public interface IssueAccessTokenPort {

    /** A signed access token for {@code user}, valid from {@code issuedAt} until {@code expiresAt}. */
    String accessToken(UserId user, Instant issuedAt, Instant expiresAt);
}
