package io.parley.adapters.persistence.conversation;

import io.parley.application.conversation.port.ConversationState;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.ConversationKind;
import io.parley.domain.conversation.InviteCode;
import io.parley.domain.conversation.MemberRole;
import io.parley.domain.conversation.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageType;
import io.parley.domain.message.ThreadSummary;
import io.parley.domain.user.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows to the domain and back. Written by hand: {@code Conversation.isPrivate} reads as a bean
 * property named "private", which a generated mapper would pair with nothing.
 */
final class ConversationRows {

    private ConversationRows() {
    }

    static ConversationState state(ConversationRow row) {
        Conversation conversation = new Conversation(new ConversationId(row.id()), ConversationKind.valueOf(row.kind()), row.name(),
                row.description(), row.isPrivate(), row.inviteCode() == null ? null : new InviteCode(row.inviteCode()),
                row.directKey(), new UserId(row.createdBy()), row.createdAt());
        return new ConversationState(conversation, row.lastSeq(),
                row.lastMessageAt() == null ? row.createdAt() : row.lastMessageAt(), row.memberCount());
    }

    static ConversationRow row(Conversation c, int memberCount) {
        return new ConversationRow(c.id().value(), c.kind().name(), c.name(), c.description(), c.isPrivate(),
                c.inviteCode() == null ? null : c.inviteCode().value(), c.directKey(), c.createdBy().value(), c.createdAt(),
                0, 0, null, memberCount);
    }

    static Membership membership(MembershipRow row) {
        return new Membership(new ConversationId(row.conversationId()), new UserId(row.userId()), MemberRole.valueOf(row.role()),
                row.joinedAt(), row.lastReadSeq());
    }

    static MembershipRow row(Membership m) {
        return new MembershipRow(m.conversationId().value(), m.userId().value(), m.role().name(), m.joinedAt(), m.lastReadSeq());
    }

    static Message message(MessageRow row) {
        return new Message(row.id(), new ConversationId(row.conversationId()), row.seq(), row.version(), new UserId(row.senderId()),
                MessageType.valueOf(row.type()), row.content(), row.clientMessageId(), row.createdAt(), row.editedAt(), row.deletedAt(),
                List.of(), List.of(), null, row.threadId(), thread(row));
    }

    /** The summary kept on a thread's root; repliers are stored newest first, comma-separated. */
    private static ThreadSummary thread(MessageRow row) {
        if (row.threadReplyCount() == 0) {
            return null;
        }
        return new ThreadSummary(row.threadReplyCount(), row.threadLastReplyAt(),
                Arrays.stream(row.threadParticipants().split(",")).map(UserId::new).toList());
    }

    static String participants(ThreadSummary thread) {
        return thread.participantIds().stream().map(UserId::value).collect(Collectors.joining(","));
    }

    static MessageRow row(Message m) {
        return new MessageRow(m.id(), m.conversationId().value(), m.seq(), m.version(), m.senderId().value(), m.type().name(), m.content(),
                m.clientMessageId(), m.createdAt(), m.editedAt(), m.deletedAt(), m.replyTo() == null ? null : m.replyTo().id(), m.threadId(),
                m.thread() == null ? 0 : m.thread().replyCount(), m.thread() == null ? null : m.thread().lastReplyAt(),
                m.thread() == null ? null : participants(m.thread()));
    }
}
