package io.parley.application.attachment.port;

import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Attachments' descriptions (the bytes are in {@link StoreBlobPort}). */
public interface StoreAttachmentPort {

    void save(Attachment attachment);

    Optional<Attachment> byId(AttachmentId id);

    /** Locked until the transaction ends, so one upload cannot be sent in two messages. */
    List<Attachment> lockByIds(Collection<AttachmentId> ids);

    void markSent(Collection<AttachmentId> ids, ConversationId conversation, String messageId);

    List<Attachment> unsentBefore(Instant cutoff, int limit);

    void delete(AttachmentId id);
}
