package io.parley.adapters.web.security;

import io.micronaut.security.token.generator.TokenGenerator;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.domain.session.Session;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/** Access tokens as signed JWTs: the user id as {@code sub}, the sign-in as {@code sid}, and an expiry that is always set. */
@Singleton
final class JwtTokenIssuer implements IssueAccessTokenPort {

    static final String ISSUER = "parley";

    private final TokenGenerator generator;

    JwtTokenIssuer(TokenGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String accessToken(Session session, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = Map.of(
                "sub", session.user().value(),
                SignIns.CLAIM, session.id().value(),
                "iss", ISSUER,
                "iat", issuedAt.getEpochSecond(),
                "exp", expiresAt.getEpochSecond());
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the access token could not be signed"));
    }
}
