package io.parley.domain.conversation;

import java.util.Locale;

public enum ConversationKind {
    /** Exactly two people, exactly one conversation per pair. */
    DIRECT,
    /** Chosen members with a name. */
    GROUP,
    /** Public or private, joined by id or invite code. */
    ROOM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
