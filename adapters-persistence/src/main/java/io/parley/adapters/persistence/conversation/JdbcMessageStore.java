package io.parley.adapters.persistence.conversation;

import io.parley.application.port.out.AppendMessagePort;
import io.parley.application.port.out.LoadMessagesPort;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Message;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcMessageStore implements AppendMessagePort, LoadMessagesPort {

    private final ConversationRowRepository conversations;
    private final MessageRowRepository messages;

    JdbcMessageStore(ConversationRowRepository conversations, MessageRowRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    @Override
    public long lockLastSeq(ConversationId conversation) {
        return conversations.lockLastSeq(conversation.value())
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation"));
    }

    @Override
    public Optional<Message> byClientMessageId(ConversationId conversation, UserId sender, String clientMessageId) {
        return messages.findByConversationIdAndSenderIdAndClientMessageId(conversation.value(), sender.value(), clientMessageId)
                .map(ConversationRows::message);
    }

    @Override
    public void append(Message message) {
        messages.save(ConversationRows.row(message));
        conversations.advance(message.conversationId().value(), message.seq(), message.createdAt());
    }

    @Override
    public List<Message> before(ConversationId conversation, long beforeSeq, int limit) {
        return messages.findBefore(conversation.value(), beforeSeq, limit).stream().map(ConversationRows::message).toList();
    }

    @Override
    public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return messages.findAfter(conversation.value(), afterSeq, limit).stream().map(ConversationRows::message).toList();
    }

    @Override
    public List<Message> latestOf(Collection<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return messages.findLatest(ids.stream().map(ConversationId::value).toList()).stream().map(ConversationRows::message).toList();
    }
}
