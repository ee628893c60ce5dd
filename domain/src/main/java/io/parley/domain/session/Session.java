package io.parley.domain.session;

import io.parley.domain.user.UserId;
import java.util.Objects;

/** Who is signed in, and in which of their sign-ins. */
public record Session(SessionId id, UserId user) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
    }
}
