package io.parley.application.port.in;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Message;
import io.parley.domain.user.UserId;

public interface SendMessageUseCase {

    /**
     * Stores the message and only then tells the members. Resending a {@code clientMessageId}
     * answers the original message and stores nothing.
     */
    Message send(SendMessageCommand command);

    record SendMessageCommand(UserId sender, ConversationId conversation, String content, String clientMessageId) {

        public SendMessageCommand {
            content = Message.validContent(content);
            clientMessageId = Message.validClientMessageId(clientMessageId);
        }
    }
}
