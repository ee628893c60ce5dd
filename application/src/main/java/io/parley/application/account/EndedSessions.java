package io.parley.application.account;

import io.parley.application.account.port.DisconnectSessionPort;
import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.domain.session.Session;
import io.parley.domain.session.SessionId;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deny-list of sign-ins that were ended while access tokens signed for them may still be
 * unexpired. Access tokens are checked against it on every request and socket upgrade, and ending
 * a sign-in closes its sockets at once, so logging out is immediate rather than 15 minutes late.
 * A sign-in needs remembering only as long as one of its access tokens can outlive its end, so
 * the list stays short; at start it is recalled from the revoked refresh-token families.
 */
public final class EndedSessions implements CheckSessionQuery, RecallEndedSessionsUseCase {

    private final Map<SessionId, Instant> endedAt = new ConcurrentHashMap<>();
    private final StoreRefreshTokenPort refreshTokens;
    private final DisconnectSessionPort sockets;
    private final Duration accessTokenTtl;
    private final Clock clock;

    public EndedSessions(StoreRefreshTokenPort refreshTokens, DisconnectSessionPort sockets, AuthSettings settings, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.sockets = sockets;
        this.accessTokenTtl = settings.accessTokenTtl();
        this.clock = clock;
    }

    @Override
    public boolean hasEnded(SessionId session) {
        return endedAt.containsKey(session);
    }

    @Override
    public void recallEnded() {
        Instant now = clock.instant();
        refreshTokens.familiesRevokedSince(now.minus(accessTokenTtl)).forEach(family -> endedAt.put(new SessionId(family), now));
    }

    /** Called once the revocation is committed: before, a rolled-back one would deny a sign-in that goes on. */
    void end(UserId user, Collection<String> families) {
        Instant now = clock.instant();
        forgetExpired(now);
        for (String family : families) {
            SessionId session = new SessionId(family);
            endedAt.put(session, now);
            sockets.disconnect(new Session(session, user));
        }
    }

    /** Every access token of a sign-in ended this long ago has expired by now. */
    private void forgetExpired(Instant now) {
        Instant horizon = now.minus(accessTokenTtl);
        endedAt.values().removeIf(at -> at.isBefore(horizon));
    }
}
