package io.parley.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.domain.session.RefreshToken.Presentation;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    private final RefreshToken fresh = RefreshToken.issue("t1", "f1", new UserId("u1"), "hash", t0, Duration.ofDays(30));

    private RefreshToken with(Instant usedAt, Instant revokedAt) {
        return new RefreshToken("t1", "f1", new UserId("u1"), "hash", t0, fresh.expiresAt(), usedAt, revokedAt);
    }

    @Test
    void a_fresh_token_is_valid_until_it_expires() {
        assertEquals(Presentation.VALID, fresh.presentedAt(t0.plus(Duration.ofDays(30)).minusMillis(1)));
        assertEquals(Presentation.EXPIRED, fresh.presentedAt(t0.plus(Duration.ofDays(30))));
    }

    @Test
    void a_used_token_presented_again_is_reuse() {
        assertEquals(Presentation.REUSED, with(t0.plusSeconds(1), null).presentedAt(t0.plusSeconds(2)));
    }

    @Test
    void revocation_wins_over_everything() {
        assertEquals(Presentation.REVOKED, with(t0.plusSeconds(1), t0.plusSeconds(2)).presentedAt(t0.plusSeconds(3)));
    }
}
