package io.parley.adapters.web.user;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** How a person sees their own account. */
@Serdeable
public record UserView(String id, String name, String email, String bio, String avatarUrl, Instant createdAt) {
}
