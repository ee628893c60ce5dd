package io.parley.application.presence;

import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.Set;

public interface PresenceUseCase {

    /** A connection of {@code user} opened; their first makes them online. */
    void connected(UserId user);

    /** A connection closed; after the last, and a short grace, they are offline. */
    void disconnected(UserId user);

    Set<UserId> onlineAmong(Collection<UserId> users);
}
