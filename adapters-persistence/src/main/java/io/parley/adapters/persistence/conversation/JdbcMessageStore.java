package io.parley.adapters.persistence.conversation;

import io.parley.adapters.persistence.attachment.MessageFiles;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcMessageStore implements AppendMessagePort, LoadMessagesPort, LoadLatestMessagesPort {

    private final ConversationRowRepository conversations;
    private final MessageRowRepository messages;
    private final MessageFiles files;

    JdbcMessageStore(ConversationRowRepository conversations, MessageRowRepository messages, MessageFiles files) {
        this.conversations = conversations;
        this.messages = messages;
        this.files = files;
    }

    @Override
    public long lockLastSeq(ConversationId conversation) {
        return conversations.lockLastSeq(conversation.value())
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation"));
    }

    @Override
    public Optional<Message> byClientMessageId(ConversationId conversation, UserId sender, String clientMessageId) {
        return messages.findByConversationIdAndSenderIdAndClientMessageId(conversation.value(), sender.value(), clientMessageId)
                .map(row -> files.addedTo(List.of(ConversationRows.message(row))).get(0));
    }

    @Override
    public void append(Message message) {
        messages.save(ConversationRows.row(message));
        conversations.advance(message.conversationId().value(), message.seq(), message.createdAt());
    }

    @Override
    public List<Message> before(ConversationId conversation, long beforeSeq, int limit) {
        return files.addedTo(messages.findBefore(conversation.value(), beforeSeq, limit).stream().map(ConversationRows::message).toList());
    }

    @Override
    public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return files.addedTo(messages.findAfter(conversation.value(), afterSeq, limit).stream().map(ConversationRows::message).toList());
    }

    @Override
    public List<Message> latestOf(Collection<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return files.addedTo(messages.findLatest(ids.stream().map(ConversationId::value).toList()).stream()
                .map(ConversationRows::message).toList());
    }
}
