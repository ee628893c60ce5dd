package io.parley.domain.session;

import io.parley.domain.Refusal;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * One refresh token of a sign-in. Tokens of one sign-in form a family: each refresh uses up the
 * presented token and issues the next of the family. Only the token's hash is ever kept.
 */
public record RefreshToken(String id, String familyId, UserId userId, String tokenHash,
                           Instant issuedAt, Instant expiresAt, Instant usedAt, Instant revokedAt) {

    public RefreshToken {
        Objects.requireNonNull(id);
        Objects.requireNonNull(familyId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(tokenHash);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expiresAt);
    }

    /** A refresh token as a client presents it: it must be there; whether it is valid is for the store to say. */
    public static String validPresented(String token) {
        if (token == null || token.isBlank()) {
            throw Refusal.invalid("refreshToken", "refreshToken is required");
        }
        return token;
    }

    public static RefreshToken issue(String id, String familyId, UserId userId, String tokenHash, Instant now, java.time.Duration ttl) {
        return new RefreshToken(id, familyId, userId, tokenHash, now, now.plus(ttl), null, null);
    }

    /** What presenting this token at {@code now} means. */
    public Presentation presentedAt(Instant now) {
        if (revokedAt != null) {
            return Presentation.REVOKED;
        }
        if (usedAt != null) {
            return Presentation.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Presentation.EXPIRED;
        }
        return Presentation.VALID;
    }

    public enum Presentation {
        VALID,
        EXPIRED,
        REVOKED,
        /** Already exchanged once: the token has leaked or is being replayed, so its family must die. */
        REUSED
    }
}
