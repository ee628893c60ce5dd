package io.parley.adapters.web.security;

import io.micronaut.security.token.generator.TokenGenerator;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/** Access tokens as signed JWTs: the user id as {@code sub}, and an expiry that is always set. */
@Singleton
final class JwtTokenIssuer implements IssueAccessTokenPort {

    static final String ISSUER = "parley";

    private final TokenGenerator generator;

    JwtTokenIssuer(TokenGenerator generator) {
        this.generator = generator;
    }

    @Override
    public String accessToken(UserId user, Instant issuedAt, Instant expiresAt) {
        Map<String, Object> claims = Map.of(
                "sub", user.value(),
                "iss", ISSUER,
                "iat", issuedAt.getEpochSecond(),
                "exp", expiresAt.getEpochSecond());
        return generator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("the access token could not be signed"));
    }
}
