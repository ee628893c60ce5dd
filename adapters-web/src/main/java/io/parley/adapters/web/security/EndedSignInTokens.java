package io.parley.adapters.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.parley.application.account.CheckSessionQuery;
import io.parley.domain.Ids;
import io.parley.domain.session.SessionId;
import jakarta.inject.Singleton;

/**
 * An access token is good only while its sign-in goes on: one of a sign-in that was ended (logout,
 * a password change, a reused refresh token) is refused like an expired one, on every request and
 * socket upgrade, rather than working until it expires. A token without a sign-in is refused too.
 * The check is a lookup in memory, so it costs nothing on the event loop.
 */
@Singleton
final class EndedSignInTokens implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final CheckSessionQuery sessions;

    EndedSignInTokens(CheckSessionQuery sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Object sid = claims.get(SignIns.CLAIM);
        return sid instanceof String value && Ids.wellFormed(value) && !sessions.hasEnded(new SessionId(value));
    }
}
