package io.parley.adapters.persistence.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("refresh_tokens")
record RefreshTokenRow(@Id String id, String familyId, String userId, String tokenHash, Instant issuedAt,
                       Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt) {
}
