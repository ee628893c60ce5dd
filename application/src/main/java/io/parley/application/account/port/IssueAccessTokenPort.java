package io.parley.application.account.port;

import io.parley.domain.session.Session;
import java.time.Instant;

public interface IssueAccessTokenPort {

    /** A signed access token for {@code session}, valid from {@code issuedAt} until {@code expiresAt}. */
    String accessToken(Session session, Instant issuedAt, Instant expiresAt);
}
