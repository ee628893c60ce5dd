package io.parley.domain.session;

import io.parley.domain.Ids;
import io.parley.domain.Refusal;

/**
 * One sign-in, from login to logout: the id of its refresh-token family, carried by every access
 * token, WebSocket ticket and socket of that sign-in, so ending it can reach all of them.
 */
public record SessionId(String value) {

    public SessionId {
        if (!Ids.wellFormed(value)) {
            throw Refusal.of(Refusal.Reason.UNAUTHORIZED, "No such session");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
