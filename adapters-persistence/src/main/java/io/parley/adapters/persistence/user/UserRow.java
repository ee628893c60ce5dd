package io.parley.adapters.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("users")
record UserRow(@Id String id, String email, String name, String bio, String passwordHash,
               Instant createdAt, @Nullable Instant lastSeenAt, @Nullable String avatarKey) {
}
