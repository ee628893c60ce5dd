package io.parley.application.messaging;

import io.parley.domain.Refusal;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.util.LinkedHashSet;
import java.util.List;

public interface SendMessageUseCase {

    /**
     * Stores the message and only then tells the members. Resending a {@code clientMessageId}
     * answers the original message and stores nothing.
     */
    Message send(SendMessageCommand command);

    /**
     * A text, or files with an optional text: at most ten uploads of the sender's own, each sent
     * once. It may quote a message of the conversation ({@code replyToId}) and go into the thread of
     * a top-level one ({@code threadId}).
     */
    record SendMessageCommand(UserId sender, ConversationId conversation, String content, String clientMessageId,
                              List<AttachmentId> attachmentIds, String replyToId, String threadId) {

        public SendMessageCommand(UserId sender, ConversationId conversation, String content, String clientMessageId) {
            this(sender, conversation, content, clientMessageId, List.of());
        }

        public SendMessageCommand(UserId sender, ConversationId conversation, String content, String clientMessageId,
                                  List<AttachmentId> attachmentIds) {
            this(sender, conversation, content, clientMessageId, attachmentIds, null, null);
        }

        public SendMessageCommand {
            attachmentIds = attachmentIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(attachmentIds));
            if (attachmentIds.size() > Message.ATTACHMENTS_MAX) {
                throw Refusal.invalid("attachmentIds", "a message carries at most " + Message.ATTACHMENTS_MAX + " files");
            }
            content = Message.validContent(content, !attachmentIds.isEmpty());
            clientMessageId = Message.validClientMessageId(clientMessageId);
        }
    }
}
