package io.parley.domain.conversation;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** Someone's place in a conversation, and how far they have read. */
public record Membership(ConversationId conversationId, UserId userId, MemberRole role, Instant joinedAt, long lastReadSeq) {

    public Membership {
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(userId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(joinedAt);
        if (lastReadSeq < 0) {
            throw new IllegalArgumentException("a read marker is never negative");
        }
    }

    public static Membership owner(ConversationId conversation, UserId user, Instant now) {
        return new Membership(conversation, user, MemberRole.OWNER, now, 0);
    }

    public static Membership member(ConversationId conversation, UserId user, Instant now) {
        return new Membership(conversation, user, MemberRole.MEMBER, now, 0);
    }
}
