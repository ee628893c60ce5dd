package io.parley.domain.attachment;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * An uploaded file. It belongs to its uploader until it is sent in a message; from then on the
 * members of that conversation may read it too. A file is sent once.
 *
 * @param blobKey      where the stored bytes are (random, never derived from the file name)
 * @param thumbnailKey where the thumbnail is, for images; null otherwise
 * @param width        pixels, for images; null otherwise
 * @param conversationId the conversation it was sent to; null while unsent
 * @param messageId    the message that carries it; null while unsent
 */
public record Attachment(AttachmentId id, UserId uploaderId, String fileName, FileType type, long size,
                         Integer width, Integer height, String blobKey, String thumbnailKey, Instant createdAt,
                         ConversationId conversationId, String messageId) {

    public Attachment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(uploaderId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(blobKey);
        Objects.requireNonNull(createdAt);
        fileName = FileName.forDisplay(fileName);
        if (size < 0) {
            throw new IllegalArgumentException("a size is never negative");
        }
    }

    public boolean isSent() {
        return messageId != null;
    }

    public Attachment sentIn(ConversationId conversation, String message) {
        return new Attachment(id, uploaderId, fileName, type, size, width, height, blobKey, thumbnailKey, createdAt, conversation, message);
    }
}
