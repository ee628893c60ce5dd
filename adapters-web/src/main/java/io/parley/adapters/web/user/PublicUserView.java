package io.parley.adapters.web.user;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** How others see a person: never their email or anything secret. */
@Serdeable
public record PublicUserView(String id, String name, String bio, String avatarUrl, boolean online, Instant lastSeen) {
}
