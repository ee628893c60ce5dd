package io.parley.application.directory.port;

import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;

public interface SaveUserPort {

    /** Stores a new account; {@code false} if its email is already taken (decided by the store, race-free). */
    boolean create(User user, String passwordHash);

    void updateProfile(User user);

    void recordLastSeen(UserId user, Instant at);

    void changeAvatar(UserId user, String avatarKey);
}
