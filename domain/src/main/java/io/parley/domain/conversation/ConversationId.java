package io.parley.domain.conversation;

import io.parley.domain.Ids;
import io.parley.domain.Refusal;

/** The opaque identity of a conversation of any kind. Rooms are conversations too. */
public record ConversationId(String value) {

    public ConversationId {
        if (!Ids.wellFormed(value)) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
