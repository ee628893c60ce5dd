package io.parley.domain.conversation;

import io.parley.domain.Refusal;
import io.parley.domain.Text;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A place where messages are exchanged: a direct conversation, a group, or a room. Only rooms
 * have a description, privacy and an invite code; only direct conversations have a pair key.
 */
public record Conversation(ConversationId id, ConversationKind kind, String name, String description,
                           boolean isPrivate, InviteCode inviteCode, String directKey,
                           UserId createdBy, Instant createdAt) {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 500;

    public Conversation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(createdBy);
        Objects.requireNonNull(createdAt);
        if (kind == ConversationKind.ROOM && inviteCode == null) {
            throw new IllegalArgumentException("a room has an invite code");
        }
        if (kind == ConversationKind.DIRECT && directKey == null) {
            throw new IllegalArgumentException("a direct conversation has a pair key");
        }
    }

    public static Conversation room(ConversationId id, String name, String description, boolean isPrivate,
                                    InviteCode inviteCode, UserId owner, Instant now) {
        return new Conversation(id, ConversationKind.ROOM, Text.require("name", name, 1, NAME_MAX, ""),
                description == null ? "" : Text.require("description", description, 0, DESCRIPTION_MAX, "\n"),
                isPrivate, inviteCode, null, owner, now);
    }

    public static Conversation group(ConversationId id, String name, UserId owner, Instant now) {
        return new Conversation(id, ConversationKind.GROUP, Text.require("name", name, 1, NAME_MAX, ""), "",
                true, null, null, owner, now);
    }

    public static Conversation direct(ConversationId id, UserId opener, UserId other, Instant now) {
        if (opener.equals(other)) {
            throw Refusal.invalid("userId", "A direct conversation needs someone else");
        }
        return new Conversation(id, ConversationKind.DIRECT, null, "", true, null, pairKey(opener, other), opener, now);
    }

    /** The same for both people whoever opens it, so a pair can have only one direct conversation. */
    public static String pairKey(UserId a, UserId b) {
        return a.value().compareTo(b.value()) < 0 ? a.value() + ":" + b.value() : b.value() + ":" + a.value();
    }

    /** Whether someone who is not a member may join with this (possibly absent) invite code. */
    public boolean admits(String inviteCodeAttempt) {
        if (kind != ConversationKind.ROOM) {
            return false;
        }
        return !isPrivate || inviteCode.matches(inviteCodeAttempt);
    }

    /** Public rooms can be browsed and read about by anyone signed in; everything else only by members. */
    public boolean isPublicRoom() {
        return kind == ConversationKind.ROOM && !isPrivate;
    }
}
