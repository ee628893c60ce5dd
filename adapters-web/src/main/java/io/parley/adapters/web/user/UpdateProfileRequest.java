package io.parley.adapters.web.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UpdateProfileRequest(@Nullable String name, @Nullable String bio) {
}
