package io.parley.adapters.persistence.attachment;

import io.parley.application.attachment.port.StoreAttachmentPort;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.attachment.FileType;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcAttachmentStore implements StoreAttachmentPort {

    private final AttachmentRowRepository rows;

    JdbcAttachmentStore(AttachmentRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public void save(Attachment a) {
        rows.save(new AttachmentRow(a.id().value(), a.uploaderId().value(), a.fileName(), a.type().name(), a.size(), a.width(),
                a.height(), a.blobKey(), a.thumbnailKey(), a.createdAt(),
                a.conversationId() == null ? null : a.conversationId().value(), a.messageId()));
    }

    @Override
    public Optional<Attachment> byId(AttachmentId id) {
        return rows.findById(id.value()).map(JdbcAttachmentStore::attachment);
    }

    @Override
    public List<Attachment> lockByIds(Collection<AttachmentId> ids) {
        return ids.isEmpty() ? List.of() : rows.lockByIds(ids.stream().map(AttachmentId::value).toList()).stream()
                .map(JdbcAttachmentStore::attachment).toList();
    }

    @Override
    public void markSent(Collection<AttachmentId> ids, ConversationId conversation, String messageId) {
        if (!ids.isEmpty()) {
            rows.markSent(ids.stream().map(AttachmentId::value).toList(), conversation.value(), messageId);
        }
    }

    @Override
    public List<Attachment> unsentBefore(Instant cutoff, int limit) {
        return rows.findUnsentBefore(cutoff, limit).stream().map(JdbcAttachmentStore::attachment).toList();
    }

    @Override
    public void delete(AttachmentId id) {
        rows.deleteById(id.value());
    }

    static Attachment attachment(AttachmentRow r) {
        return new Attachment(new AttachmentId(r.id()), new UserId(r.uploaderId()), r.fileName(), FileType.valueOf(r.type()), r.size(),
                r.width(), r.height(), r.blobKey(), r.thumbnailKey(), r.createdAt(),
                r.conversationId() == null ? null : new ConversationId(r.conversationId()), r.messageId());
    }
}
