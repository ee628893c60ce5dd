package io.parley.application.messaging;

import io.parley.application.attachment.port.StoreAttachmentPort;
import io.parley.application.common.ChatLimits;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.ConversationAccess;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.limit.SlidingWindowLimit;
import io.parley.domain.message.Message;
import io.parley.domain.message.ReplyTo;
import io.parley.domain.message.MessageType;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sending and reading messages. A message is acknowledged only once committed, numbered under
 * the conversation's row lock so sequence numbers have no gaps, and published only after commit.
 */
public final class MessagingService implements SendMessageUseCase, MessageHistoryQuery {

    private final StoreMembershipPort memberships;
    private final AppendMessagePort append;
    private final LoadMessagesPort messages;
    private final StoreAttachmentPort attachments;
    private final ConversationAccess access;
    private final NotifyMembersPort notify;
    private final RunInTransactionPort tx;
    private final Clock clock;
    private final IdGenerator ids;
    private final SlidingWindowLimit sendLimit;

    public MessagingService(StoreMembershipPort memberships, AppendMessagePort append, LoadMessagesPort messages,
                            StoreAttachmentPort attachments, ConversationAccess access, NotifyMembersPort notify,
                            RunInTransactionPort tx, ChatLimits limits, Clock clock, IdGenerator ids) {
        this.memberships = memberships;
        this.append = append;
        this.messages = messages;
        this.attachments = attachments;
        this.access = access;
        this.notify = notify;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
        this.sendLimit = new SlidingWindowLimit(limits.messagesPerWindow(), limits.messageWindow());
    }

    @Override
    public Message send(SendMessageCommand command) {
        Instant now = clock.instant();
        Sent sent = tx.inTransaction(() -> {
            long last = append.lockLastSeq(command.conversation());
            if (command.clientMessageId() != null) {
                // Only a member can have sent it, and a resend is not a new message to rate-limit.
                Optional<Message> original = append.byClientMessageId(command.conversation(), command.sender(), command.clientMessageId());
                if (original.isPresent()) {
                    return new Sent(original.get(), false, null);
                }
            }
            // The sender has read their own message; moving their marker is also the membership check,
            // one statement fewer on the hottest path (a refusal rolls it back).
            if (!memberships.markRead(command.conversation(), command.sender(), last + 1)) {
                throw access.refusalFor(command.conversation());
            }
            sendLimit.tryAcquire(command.sender().value() + "|" + command.conversation().value(), now)
                    .ifPresent(wait -> {
                        throw Refusal.rateLimited(wait);
                    });
            ReplyTo quoted = command.replyToId() == null ? null
                    : ReplyTo.of(inConversation(command.replyToId(), command.conversation(), "replyToId"));
            Message root = command.threadId() == null ? null : inConversation(command.threadId(), command.conversation(), "threadId");
            List<Attachment> files = claim(command);
            MessageType type = files.isEmpty() ? MessageType.TEXT
                    : files.stream().allMatch(f -> f.type().isImage()) ? MessageType.IMAGE : MessageType.FILE;
            long seq = last + 1;
            // The root first: a reply to a reply is refused before anything is stored.
            Message rootNow = root == null ? null : root.threadRepliedTo(command.sender(), now, seq);
            Message stored = new Message(ids.next(), command.conversation(), seq, command.sender(), type,
                    command.content(), command.clientMessageId(), now, quoted, command.threadId());
            append.append(stored);
            if (rootNow != null) {
                append.threadReplied(rootNow);
            }
            attachments.markSent(command.attachmentIds(), command.conversation(), stored.id());
            Message message = stored.withAttachments(files.stream().map(f -> f.sentIn(command.conversation(), stored.id())).toList());
            return new Sent(message, true, rootNow);
        });
        if (sent.isNew()) {
            notify.messageSent(sent.message());
            if (sent.threadRoot() != null) {
                notify.messageUpdated(sent.threadRoot());
            }
        }
        return sent.message();
    }

    /** @param threadRoot the thread root the new message replied in, as it is now; null for none */
    private record Sent(Message message, boolean isNew, Message threadRoot) {
    }

    /** A message of this conversation that a new one refers to; one of another conversation does not exist here. */
    private Message inConversation(String messageId, ConversationId conversation, String field) {
        return messages.byId(messageId).filter(m -> m.conversationId().equals(conversation))
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such message (" + field + ")"));
    }

    /**
     * The sender's own uploads, not sent before, locked so that two messages cannot both carry
     * one. Someone else's upload reads as one that does not exist.
     */
    private List<Attachment> claim(SendMessageCommand command) {
        if (command.attachmentIds().isEmpty()) {
            return List.of();
        }
        List<Attachment> files = attachments.lockByIds(command.attachmentIds()).stream()
                .filter(a -> a.uploaderId().equals(command.sender()))
                .toList();
        if (files.size() != command.attachmentIds().size()) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such attachment");
        }
        if (files.stream().anyMatch(Attachment::isSent)) {
            throw Refusal.of(Refusal.Reason.CONFLICT, "An attachment can be sent only once");
        }
        Map<AttachmentId, Attachment> byId = files.stream().collect(Collectors.toMap(Attachment::id, f -> f));
        return command.attachmentIds().stream().map(byId::get).toList();
    }

    @Override
    public HistoryPage before(UserId reader, ConversationId conversation, Long beforeSeq, int limit) {
        access.requireMember(reader, conversation);
        int bounded = MessageHistoryQuery.boundedLimit(limit);
        long before = beforeSeq == null ? Long.MAX_VALUE : beforeSeq;
        List<Message> page = messages.before(conversation, before, bounded);
        Long next = page.size() < bounded || page.get(page.size() - 1).seq() <= 1 ? null : page.get(page.size() - 1).seq();
        return new HistoryPage(page, next);
    }

    @Override
    public HistoryPage around(UserId reader, ConversationId conversation, long seq, int limit) {
        access.requireMember(reader, conversation);
        int bounded = MessageHistoryQuery.boundedLimit(limit);
        List<Message> newer = messages.after(conversation, seq, bounded / 2);
        int olderWanted = bounded - newer.size();
        List<Message> older = messages.before(conversation, seq + 1, olderWanted);
        List<Message> page = new ArrayList<>(newer.size() + older.size());
        for (int i = newer.size() - 1; i >= 0; i--) {
            page.add(newer.get(i));
        }
        page.addAll(older);
        Long next = older.size() < olderWanted || older.isEmpty() || older.get(older.size() - 1).seq() <= 1 ? null
                : older.get(older.size() - 1).seq();
        return new HistoryPage(page, next);
    }

    @Override
    public ThreadPage thread(UserId reader, String rootId, Long afterSeq, int limit) {
        Message root = messages.byId(rootId).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such message"));
        if (!access.isMember(reader, root.conversationId())) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such message");
        }
        int bounded = MessageHistoryQuery.boundedLimit(limit);
        List<Message> replies = messages.thread(rootId, afterSeq == null ? 0 : afterSeq, bounded);
        Long next = replies.size() < bounded ? null : replies.get(replies.size() - 1).seq();
        return new ThreadPage(root, replies, next);
    }

    @Override
    public List<Message> after(UserId reader, ConversationId conversation, long afterSeq, int limit) {
        access.requireMember(reader, conversation);
        return messages.changedAfter(conversation, Math.max(0, afterSeq), MessageHistoryQuery.boundedLimit(limit));
    }
}
