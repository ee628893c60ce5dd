package io.parley.adapters.persistence.attachment;

import io.parley.domain.attachment.Attachment;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageType;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Completes messages read from their table with the files they carry, in one query for all of
 * them and none when they are all text, so the message stores hand out whole messages.
 */
@Singleton
public final class MessageFiles {

    private final AttachmentRowRepository rows;

    MessageFiles(AttachmentRowRepository rows) {
        this.rows = rows;
    }

    public List<Message> addedTo(List<Message> messages) {
        List<String> carrying = messages.stream().filter(m -> m.type() != MessageType.TEXT).map(Message::id).toList();
        if (carrying.isEmpty()) {
            return messages;
        }
        Map<String, List<Attachment>> files = rows.findByMessages(carrying).stream()
                .map(JdbcAttachmentStore::attachment)
                .collect(Collectors.groupingBy(Attachment::messageId));
        return messages.stream().map(m -> files.containsKey(m.id()) ? m.withAttachments(files.get(m.id())) : m).toList();
    }

    /** Forgets the files of a deleted message; their bytes are the caller's to delete. */
    public void removeFrom(String messageId) {
        rows.deleteByMessage(messageId);
    }
}
