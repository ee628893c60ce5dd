package io.parley.adapters.web.conversation;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.attachment.AttachmentView;
import io.parley.domain.message.Message;
import java.time.Instant;
import java.util.List;

/** A message on the wire; {@code roomId} repeats {@code conversationId} for clients of the rooms API. */
@Serdeable
public record MessageView(String id, String conversationId, String roomId, long seq, String senderId, String type,
                          String content, List<AttachmentView> attachments, String clientMessageId, Instant createdAt) {

    public static MessageView of(Message m) {
        String conversation = m.conversationId().value();
        return new MessageView(m.id(), conversation, conversation, m.seq(), m.senderId().value(), m.type().wireName(),
                m.content(), m.attachments().stream().map(AttachmentView::of).toList(), m.clientMessageId(), m.createdAt());
    }
}
