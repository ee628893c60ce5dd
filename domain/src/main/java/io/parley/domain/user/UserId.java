package io.parley.domain.user;

import io.parley.domain.Ids;
import io.parley.domain.Refusal;

/** The opaque identity of a person on Parley. */
public record UserId(String value) {

    public UserId {
        if (!Ids.wellFormed(value)) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such user");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
