package io.parley.application.fakes;

import io.parley.application.attachment.port.StoreAttachmentPort;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Attachments in memory; {@link InMemoryConversations} asks it for the files of the messages it hands out. */
public class InMemoryAttachments implements StoreAttachmentPort {

    private final Map<AttachmentId, Attachment> byId = new ConcurrentHashMap<>();

    @Override
    public void save(Attachment attachment) {
        byId.put(attachment.id(), attachment);
    }

    @Override
    public Optional<Attachment> byId(AttachmentId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Attachment> lockByIds(Collection<AttachmentId> ids) {
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void markSent(Collection<AttachmentId> ids, ConversationId conversation, String messageId) {
        ids.forEach(id -> byId.computeIfPresent(id, (k, a) -> a.sentIn(conversation, messageId)));
    }

    /** The messages with the files each carries, in upload order, as a store hands them out. */
    public List<Message> addedTo(List<Message> messages) {
        return messages.stream().map(m -> m.withAttachments(byId.values().stream().filter(a -> m.id().equals(a.messageId()))
                .sorted(Comparator.comparing(Attachment::createdAt)).toList())).toList();
    }

    @Override
    public List<Attachment> unsentBefore(Instant cutoff, int limit) {
        return byId.values().stream().filter(a -> !a.isSent() && a.createdAt().isBefore(cutoff)).limit(limit).toList();
    }

    @Override
    public void delete(AttachmentId id) {
        byId.remove(id);
    }
}
