package io.parley.application.service;

import io.parley.application.port.out.AttachmentStore;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.conversation.Message;
import io.parley.domain.conversation.MessageType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Completes messages as read from the store with the files they carry, in one query for all of them. */
final class AttachedFiles {

    private final AttachmentStore attachments;

    AttachedFiles(AttachmentStore attachments) {
        this.attachments = attachments;
    }

    List<Message> addedTo(List<Message> messages) {
        List<String> carrying = messages.stream().filter(m -> m.type() != MessageType.TEXT).map(Message::id).toList();
        if (carrying.isEmpty()) {
            return messages;
        }
        Map<String, List<Attachment>> files = attachments.ofMessages(carrying).stream()
                .collect(Collectors.groupingBy(Attachment::messageId));
        return messages.stream().map(m -> files.containsKey(m.id()) ? m.withAttachments(files.get(m.id())) : m).toList();
    }
}
