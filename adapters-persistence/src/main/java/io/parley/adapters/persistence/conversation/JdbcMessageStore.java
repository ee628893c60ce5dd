package io.parley.adapters.persistence.conversation;

import io.parley.adapters.persistence.attachment.MessageFiles;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.ChangeMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.message.Reaction;
import io.parley.domain.message.ReplyTo;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

@Singleton
final class JdbcMessageStore implements AppendMessagePort, LoadMessagesPort, LoadLatestMessagesPort, ChangeMessagePort {

    private final ConversationRowRepository conversations;
    private final MessageRowRepository messages;
    private final MessageFiles files;
    private final ReactionRowRepository reactions;
    private final EditRowRepository edits;

    JdbcMessageStore(ConversationRowRepository conversations, MessageRowRepository messages, MessageFiles files,
                     ReactionRowRepository reactions, EditRowRepository edits) {
        this.conversations = conversations;
        this.messages = messages;
        this.files = files;
        this.reactions = reactions;
        this.edits = edits;
    }

    @Override
    public long lockLastSeq(ConversationId conversation) {
        return conversations.lockLastSeq(conversation.value())
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation"));
    }

    @Override
    public Optional<Message> byClientMessageId(ConversationId conversation, UserId sender, String clientMessageId) {
        return messages.findByConversationIdAndSenderIdAndClientMessageId(conversation.value(), sender.value(), clientMessageId)
                .map(row -> whole(List.of(row)).get(0));
    }

    @Override
    public void append(Message message) {
        messages.save(ConversationRows.row(message));
        conversations.advance(message.conversationId().value(), message.seq(), message.createdAt());
    }

    @Override
    public List<Message> before(ConversationId conversation, long beforeSeq, int limit) {
        return whole(messages.findBefore(conversation.value(), beforeSeq, limit));
    }

    @Override
    public List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return whole(messages.findTopLevelAfter(conversation.value(), afterSeq, limit));
    }

    @Override
    public List<Message> changedAfter(ConversationId conversation, long afterVersion, int limit) {
        return whole(messages.findChangedAfter(conversation.value(), afterVersion, limit));
    }

    @Override
    public List<Message> latestOf(Collection<ConversationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return files.addedTo(messages.findLatest(ids.stream().map(ConversationId::value).toList()).stream()
                .map(ConversationRows::message).toList());
    }

    @Override
    public Map<ConversationId, Long> unreadOf(UserId viewer, Collection<ConversationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return messages.countUnread(viewer.value(), ids.stream().map(ConversationId::value).toList()).stream()
                .collect(Collectors.toMap(c -> new ConversationId(c.conversationId()), UnreadCount::unread));
    }

    @Override
    public void threadReplied(Message root) {
        messages.updateThread(root.id(), root.version(), root.thread().replyCount(), root.thread().lastReplyAt(),
                ConversationRows.participants(root.thread()));
    }

    @Override
    public List<Message> thread(String rootId, long afterSeq, int limit) {
        return whole(messages.findThread(rootId, afterSeq, limit));
    }

    @Override
    public Optional<Message> byId(String messageId) {
        return messages.findById(messageId).map(row -> whole(List.of(row)).get(0));
    }

    @Override
    public void edited(Message message, String previousContent) {
        edits.save(new EditRow(null, message.id(), previousContent, message.editedAt()));
        messages.updateText(message.id(), message.content(), message.version(), message.editedAt());
        conversations.advanceChange(message.conversationId().value(), message.version());
    }

    @Override
    public void deleted(Message tombstone) {
        files.removeFrom(tombstone.id());
        reactions.removeAll(tombstone.id());
        edits.removeAll(tombstone.id());
        messages.updateDeleted(tombstone.id(), tombstone.version(), tombstone.deletedAt());
        conversations.advanceChange(tombstone.conversationId().value(), tombstone.version());
    }

    @Override
    public void reacted(Message message, UserId user, String emoji, boolean on) {
        if (on) {
            reactions.save(new ReactionRow(null, message.id(), emoji, user.value()));
        } else {
            reactions.remove(message.id(), emoji, user.value());
        }
        messages.updateVersion(message.id(), message.version());
        conversations.advanceChange(message.conversationId().value(), message.version());
    }

    @Override
    public List<Edit> edits(String messageId) {
        return edits.findByMessage(messageId).stream().map(row -> new Edit(row.content(), row.replacedAt())).toList();
    }

    /**
     * Messages as read from their table, completed with their files, reactions and the messages they
     * quote: three queries at most, for all of them.
     */
    private List<Message> whole(List<MessageRow> rows) {
        List<Message> read = quoting(rows, files.addedTo(rows.stream().map(ConversationRows::message).toList()));
        if (read.isEmpty()) {
            return read;
        }
        Map<String, Map<String, List<UserId>>> byMessage = new LinkedHashMap<>();
        for (ReactionRow row : reactions.findByMessages(read.stream().map(Message::id).toList())) {
            byMessage.computeIfAbsent(row.messageId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(row.emoji(), e -> new ArrayList<>()).add(new UserId(row.userId()));
        }
        if (byMessage.isEmpty()) {
            return read;
        }
        return read.stream().map(m -> byMessage.containsKey(m.id()) ? m.withReactions(byMessage.get(m.id()).entrySet().stream()
                .map(e -> new Reaction(e.getKey(), e.getValue())).collect(Collectors.toList())) : m).toList();
    }

    /** The quoted messages as they are now, read together; {@code read} is in the order of {@code rows}. */
    private List<Message> quoting(List<MessageRow> rows, List<Message> read) {
        List<String> quotedIds = rows.stream().map(MessageRow::replyToId).filter(Objects::nonNull).distinct().toList();
        if (quotedIds.isEmpty()) {
            return read;
        }
        Map<String, ReplyTo> quoted = messages.findByIds(quotedIds).stream().map(ConversationRows::message)
                .collect(Collectors.toMap(Message::id, ReplyTo::of));
        List<Message> result = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            String quotedId = rows.get(i).replyToId();
            result.add(quotedId == null || !quoted.containsKey(quotedId) ? read.get(i) : read.get(i).withReplyTo(quoted.get(quotedId)));
        }
        return result;
    }
}
