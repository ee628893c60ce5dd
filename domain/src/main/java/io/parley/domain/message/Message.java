package io.parley.domain.message;

import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message, numbered within its conversation: {@code seq} rises by exactly one per message,
 * which is what lets a client page back, catch up after a reconnect, and notice a gap.
 */
public record Message(String id, ConversationId conversationId, long seq, UserId senderId, MessageType type,
                      String content, String clientMessageId, Instant createdAt, List<Attachment> attachments) {

    public static final int CONTENT_MAX = 4000;
    public static final int CLIENT_MESSAGE_ID_MAX = 64;
    public static final int ATTACHMENTS_MAX = 10;

    /** A message as stored, before its attachments are looked up. */
    public Message(String id, ConversationId conversationId, long seq, UserId senderId, MessageType type,
                   String content, String clientMessageId, Instant createdAt) {
        this(id, conversationId, seq, senderId, type, content, clientMessageId, createdAt, List.of());
    }

    public Message {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(id);
        Objects.requireNonNull(conversationId);
        Objects.requireNonNull(senderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(content);
        Objects.requireNonNull(createdAt);
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
    }

    public Message withAttachments(List<Attachment> files) {
        return new Message(id, conversationId, seq, senderId, type, content, clientMessageId, createdAt, files);
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
