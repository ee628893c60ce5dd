package io.parley.domain.conversation;

import io.parley.domain.Refusal;

/** The opaque identity of a conversation of any kind. Rooms are conversations too. */
public record ConversationId(String value) {

    public ConversationId {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
