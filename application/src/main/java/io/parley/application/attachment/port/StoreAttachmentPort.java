package io.parley.application.port.out;

import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Attachments' descriptions (the bytes are in {@link StoreBlobPort}). */
public interface AttachmentStore {

    void save(Attachment attachment);

    Optional<Attachment> byId(AttachmentId id);

    /** Locked until the transaction ends, so one upload cannot be sent in two messages. */
    List<Attachment> lockByIds(Collection<AttachmentId> ids);

    void markSent(Collection<AttachmentId> ids, ConversationId conversation, String messageId);

    /** The attachments of these messages, in upload order. */
    List<Attachment> ofMessages(Collection<String> messageIds);

    List<Attachment> unsentBefore(Instant cutoff, int limit);

    void delete(AttachmentId id);
}
