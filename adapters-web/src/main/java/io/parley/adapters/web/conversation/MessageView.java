package io.parley.adapters.web.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.attachment.AttachmentView;
import io.parley.domain.message.Message;
import io.parley.domain.message.Reaction;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** A message on the wire; {@code roomId} repeats {@code conversationId} for clients of the rooms API. */
@Serdeable
public record MessageView(String id, String conversationId, String roomId, long seq, long version, String senderId, String type,
                          String content, List<AttachmentView> attachments, List<ReactionView> reactions, String clientMessageId,
                          Instant createdAt, @Nullable Instant editedAt, @Nullable Instant deletedAt, @Nullable ReplyToView replyTo,
                          @Nullable String threadId, @Nullable ThreadView thread) {

    public static MessageView of(Message m) {
        String conversation = m.conversationId().value();
        return new MessageView(m.id(), conversation, conversation, m.seq(), m.version(), m.senderId().value(), m.type().wireName(),
                m.content(), m.attachments().stream().map(AttachmentView::of).toList(), m.reactions().stream().map(ReactionView::of).toList(),
                m.clientMessageId(), m.createdAt(), m.editedAt(), m.deletedAt(),
                m.replyTo() == null ? null : new ReplyToView(m.replyTo().id(), m.replyTo().senderId().value(), m.replyTo().excerpt()),
                m.threadId(), m.thread() == null ? null : new ThreadView(m.thread().replyCount(), m.thread().lastReplyAt(),
                        m.thread().participantIds().stream().map(UserId::value).toList()));
    }

    /** The message a reply quotes: who wrote it, and its first 140 characters as they are now (none once deleted). */
    @Serdeable
    public record ReplyToView(String id, String senderId, String excerpt) {
    }

    /** On a thread's root: how many replies, the last one's time, and its latest repliers (five at most, newest first). */
    @Serdeable
    public record ThreadView(int replyCount, Instant lastReplyAt, List<String> participantIds) {
    }

    /** One emoji on a message: how many put it there, and who, in the order they did. */
    @Serdeable
    public record ReactionView(String emoji, int count, List<String> userIds) {

        static ReactionView of(Reaction r) {
            return new ReactionView(r.emoji(), r.count(), r.userIds().stream().map(UserId::value).toList());
        }
    }
}
