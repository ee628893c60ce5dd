package io.parley.domain.message;

import io.parley.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** One emoji on a message and who put it there, in the order they did. */
public record Reaction(String emoji, List<UserId> userIds) {

    public Reaction {
        Objects.requireNonNull(emoji);
        userIds = List.copyOf(userIds);
        if (userIds.isEmpty()) {
            throw new IllegalArgumentException("a reaction has at least one user");
        }
    }

    public int count() {
        return userIds.size();
    }
}
