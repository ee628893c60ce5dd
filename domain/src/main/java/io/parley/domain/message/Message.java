package io.parley.domain.message;

import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message, numbered within its conversation. Every change to a conversation takes its next
 * {@code seq}: a new message is numbered by it, and an edit, a deletion or a reaction moves the
 * changed message's {@code version} to it. So {@code seq} says where a message stands in the
 * conversation, and {@code version} how far a client must have read to know its current state.
 */
public record Message(String id, ConversationId conversationId, long seq, long version, UserId senderId, MessageType type,
                      String content, String clientMessageId, Instant createdAt, Instant editedAt, Instant deletedAt,
                      List<Attachment> attachments, List<Reaction> reactions, ReplyTo replyTo, String threadId, ThreadSummary thread) {

    public static final int CONTENT_MAX = 4000;
    public static final int CLIENT_MESSAGE_ID_MAX = 64;
    public static final int ATTACHMENTS_MAX = 10;
    public static final int DISTINCT_REACTIONS_MAX = 20;

    /** A new message as sent, before its attachments are looked up: never changed yet. */
    public Message(String id, ConversationId conversationId, long seq, UserId senderId, MessageType type,
                   String content, String clientMessageId, Instant createdAt) {
        this(id, conversationId, seq, seq, senderId, type, content, clientMessageId, createdAt, null, null, List.of(), List.of(), null, null,
                null);
    }

    /** A new message that quotes {@code replyTo} (or nothing) and belongs to the thread of {@code threadId} (or none). */
    public Message(String id, ConversationId conversationId, long seq, UserId senderId, MessageType type, String content,
                   String clientMessageId, Instant createdAt, ReplyTo replyTo, String threadId) {
        this(id, conversationId, seq, seq, senderId, type, content, clientMessageId, createdAt, null, null, List.of(), List.of(), replyTo,
                threadId, null);
    }

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
        Objects.requireNonNull(id);
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(senderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(content);
        Objects.requireNonNull(createdAt);
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        if (version < seq) {
            throw new IllegalArgumentException("a message changes only after it was sent");
        }
        if (threadId != null && thread != null) {
            throw new IllegalArgumentException("a thread reply does not start a thread of its own");
        }
    }

    /** A message in a thread is one of its replies; the root and every other message are top-level. */
    public boolean isThreadReply() {
        return threadId != null;
    }

    /**
     * The thread root once {@code replier} has replied at {@code at}, as change {@code seq} (the
     * reply's own number: one change, two messages touched). A thread reply cannot start a thread.
     */
    public Message threadRepliedTo(UserId replier, Instant at, long seq) {
        if (isThreadReply()) {
            throw Refusal.invalid("threadId", "a reply in a thread cannot start a thread of its own");
        }
        return new Message(id, conversationId, this.seq, changedAt(seq), senderId, type, content, clientMessageId, createdAt, editedAt,
                deletedAt, attachments, reactions, replyTo, threadId, ThreadSummary.after(thread, replier, at));
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /**
     * The message with new text, as change {@code seq}; the same message if the text is the same.
     * Only its sender may edit it, and not once it is deleted; its files stay.
     */
    public Message edited(UserId editor, String newContent, long seq, Instant at) {
        if (!senderId.equals(editor)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "Only its sender can edit a message");
        }
        if (isDeleted()) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "A deleted message cannot be edited");
        }
        String valid = validContent(newContent, !attachments.isEmpty());
        if (valid.equals(content)) {
            return this;
        }
        return new Message(id, conversationId, this.seq, changedAt(seq), senderId, type, valid, clientMessageId, createdAt, at, null,
                attachments, reactions, replyTo, threadId, thread);
    }

    /**
     * The tombstone left in the message's place, as change {@code seq}: it keeps its id and place,
     * and loses its text, files and reactions. Deleting a deleted message changes nothing.
     */
    public Message deleted(long seq, Instant at) {
        if (isDeleted()) {
            return this;
        }
        return new Message(id, conversationId, this.seq, changedAt(seq), senderId, type, "", clientMessageId, createdAt, editedAt, at,
                List.of(), List.of(), replyTo, threadId, thread);
    }

    /** Its sender may delete a message, and so may whoever moderates the conversation. */
    public boolean mayBeDeletedBy(UserId user, boolean moderator) {
        return senderId.equals(user) || moderator;
    }

    /**
     * The message with {@code user}'s {@code emoji} put on ({@code on}) or taken off, as change
     * {@code seq}; the same message when that is already so. Emoji keep the order of their first use.
     */
    public Message reacted(UserId user, String emoji, boolean on, long seq) {
        if (isDeleted()) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "A deleted message cannot get reactions");
        }
        List<Reaction> changed = new ArrayList<>(reactions.size() + 1);
        boolean found = false;
        for (Reaction r : reactions) {
            if (!r.emoji().equals(emoji)) {
                changed.add(r);
                continue;
            }
            found = true;
            if (r.userIds().contains(user) == on) {
                return this;
            }
            List<UserId> users = new ArrayList<>(r.userIds());
            if (on) {
                users.add(user);
            } else {
                users.remove(user);
            }
            if (!users.isEmpty()) {
                changed.add(new Reaction(emoji, users));
            }
        }
        if (!found) {
            if (!on) {
                return this;
            }
            if (reactions.size() >= DISTINCT_REACTIONS_MAX) {
                throw Refusal.of(Refusal.Reason.CONFLICT, "A message holds at most " + DISTINCT_REACTIONS_MAX + " different reactions");
            }
            changed.add(new Reaction(emoji, List.of(user)));
        }
        return new Message(id, conversationId, this.seq, changedAt(seq), senderId, type, content, clientMessageId, createdAt, editedAt,
                deletedAt, attachments, changed, replyTo, threadId, thread);
    }

    private long changedAt(long changeSeq) {
        if (changeSeq <= version) {
            throw new IllegalArgumentException("a change takes a sequence number after the message's last");
        }
        return changeSeq;
    }

    public Message withAttachments(List<Attachment> files) {
        return new Message(id, conversationId, seq, version, senderId, type, content, clientMessageId, createdAt, editedAt, deletedAt,
                files, reactions, replyTo, threadId, thread);
    }

    public Message withReactions(List<Reaction> list) {
        return new Message(id, conversationId, seq, version, senderId, type, content, clientMessageId, createdAt, editedAt, deletedAt,
                attachments, list, replyTo, threadId, thread);
    }

    public Message withReplyTo(ReplyTo quoted) {
        return new Message(id, conversationId, seq, version, senderId, type, content, clientMessageId, createdAt, editedAt, deletedAt,
                attachments, reactions, quoted, threadId, thread);
    }

    /**
     * The text as it will be stored: as sent, without the blank space around it, which is what
     * the limits are checked on. It must hold 1 to 4000 characters, and no control characters
     * but newline and tab.
     */
    public static String validContent(String content) {
        return validContent(content, false);
    }

    /** As {@link #validContent(String)}, but a message carrying files may have no text. */
    public static String validContent(String content, boolean hasAttachments) {
        if (hasAttachments && (content == null || content.strip().isEmpty())) {
            return "";
        }
        if (content == null) {
            throw Refusal.invalid("content", "content is required");
        }
        String trimmed = content.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length == 0) {
            throw Refusal.invalid("content", "content must not be empty");
        }
        if (length > CONTENT_MAX) {
            throw Refusal.invalid("content", "content must be at most " + CONTENT_MAX + " characters");
        }
        boolean badControl = trimmed.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t');
        if (badControl) {
            throw Refusal.invalid("content", "content must not contain control characters other than newline and tab");
        }
        return trimmed;
    }

    /**
     * A position in a conversation's sequence as a client names it (a read marker, a history
     * cursor): 0, before the first message, or more.
     */
    public static long validSeq(String field, Long seq) {
        if (seq == null) {
            throw Refusal.invalid(field, field + " is required");
        }
        if (seq < 0) {
            throw Refusal.invalid(field, field + " must not be negative");
        }
        return seq;
    }

    /** A client's own id for a message, which makes resending it safe; optional. */
    public static String validClientMessageId(String clientMessageId) {
        if (clientMessageId == null || clientMessageId.isEmpty()) {
            return null;
        }
        if (clientMessageId.length() > CLIENT_MESSAGE_ID_MAX || clientMessageId.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw Refusal.invalid("clientMessageId", "clientMessageId must be 1 to 64 visible ASCII characters");
        }
        return clientMessageId;
    }
}
