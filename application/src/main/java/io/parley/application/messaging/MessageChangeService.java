package io.parley.application.messaging;

import io.parley.application.attachment.port.StoreBlobPort;
import io.parley.application.common.ChatLimits;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.ChangeMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
import io.parley.application.messaging.port.RecogniseEmojiPort;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.conversation.ConversationKind;
import io.parley.domain.conversation.Membership;
import io.parley.domain.limit.SlidingWindowLimit;
import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Edits, deletions and reactions. Each runs like a send: under the conversation's lock, numbered
 * by its next {@code seq}, told to the members only after commit (ADR 0013).
 */
public final class MessageChangeService implements ChangeMessageUseCase {

    private final ChangeMessagePort changes;
    private final LoadMessagesPort messages;
    private final AppendMessagePort sequence;
    private final StoreMembershipPort memberships;
    private final LoadConversationPort conversations;
    private final StoreBlobPort blobs;
    private final RecogniseEmojiPort emoji;
    private final NotifyMembersPort notify;
    private final RunInTransactionPort tx;
    private final Clock clock;
    private final SlidingWindowLimit changeLimit;

    public MessageChangeService(ChangeMessagePort changes, LoadMessagesPort messages, AppendMessagePort sequence, StoreMembershipPort memberships,
                                LoadConversationPort conversations, StoreBlobPort blobs, RecogniseEmojiPort emoji,
                                NotifyMembersPort notify, RunInTransactionPort tx, ChatLimits limits, Clock clock) {
        this.changes = changes;
        this.messages = messages;
        this.sequence = sequence;
        this.memberships = memberships;
        this.conversations = conversations;
        this.blobs = blobs;
        this.emoji = emoji;
        this.notify = notify;
        this.tx = tx;
        this.clock = clock;
        this.changeLimit = new SlidingWindowLimit(limits.changesPerWindow(), limits.messageWindow());
    }

    @Override
    public Message edit(UserId editor, String messageId, String content) {
        Instant now = clock.instant();
        return change(editor, messageId, turn -> {
            Message edited = turn.current().edited(editor, content, turn.seq(), now);
            if (edited != turn.current()) {
                changes.edited(edited, turn.current().content());
            }
            return edited;
        }).after();
    }

    @Override
    public void delete(UserId user, String messageId) {
        Instant now = clock.instant();
        Outcome outcome = change(user, messageId, turn -> {
            if (!turn.current().mayBeDeletedBy(user, moderates(turn.member()))) {
                throw Refusal.of(Refusal.Reason.FORBIDDEN, "Only its sender or a moderator can delete a message");
            }
            Message tombstone = turn.current().deleted(turn.seq(), now);
            if (tombstone != turn.current()) {
                changes.deleted(tombstone);
            }
            return tombstone;
        });
        if (outcome.changed()) {
            // Their descriptions went with the commit, so the files can no longer be asked for.
            for (Attachment file : outcome.before().attachments()) {
                blobs.delete(file.blobKey());
                if (file.thumbnailKey() != null) {
                    blobs.delete(file.thumbnailKey());
                }
            }
        }
    }

    @Override
    public Message react(UserId user, String messageId, String emojiText, boolean on) {
        if (emojiText == null || !emoji.isSingleEmoji(emojiText)) {
            throw Refusal.invalid("emoji", "emoji must be a single emoji");
        }
        return change(user, messageId, turn -> {
            Message reacted = turn.current().reacted(user, emojiText, on, turn.seq());
            if (reacted != turn.current()) {
                changes.reacted(reacted, user, emojiText, on);
            }
            return reacted;
        }).after();
    }

    @Override
    public List<Edit> edits(UserId reader, String messageId) {
        Message message = messages.byId(messageId).orElseThrow(MessageChangeService::noSuchMessage);
        memberships.membership(message.conversationId(), reader).orElseThrow(MessageChangeService::noSuchMessage);
        return changes.edits(messageId);
    }

    /** A change's turn under the conversation's lock: the message as it is, who changes it, the number the change takes. */
    private record Turn(Message current, Membership member, long seq) {
    }

    private record Outcome(Message before, Message after) {
        boolean changed() {
            return before != after;
        }
    }

    /** Runs one change of one message; {@code change} returns the message itself when it changes nothing. */
    private Outcome change(UserId user, String messageId, Function<Turn, Message> change) {
        Message found = messages.byId(messageId).orElseThrow(MessageChangeService::noSuchMessage);
        Outcome outcome = tx.inTransaction(() -> {
            long last = sequence.lockLastSeq(found.conversationId());
            // A message of a conversation one is not in does not exist for them.
            Membership member = memberships.membership(found.conversationId(), user).orElseThrow(MessageChangeService::noSuchMessage);
            Message current = messages.byId(messageId).orElseThrow(MessageChangeService::noSuchMessage);
            changeLimit.tryAcquire(user.value() + "|" + current.conversationId().value(), clock.instant()).ifPresent(wait -> {
                throw Refusal.rateLimited(wait);
            });
            return new Outcome(current, change.apply(new Turn(current, member, last + 1)));
        });
        if (outcome.changed()) {
            notify.messageUpdated(outcome.after());
        }
        return outcome;
    }

    /** Owners moderate groups and rooms; a direct conversation has no moderator. */
    private boolean moderates(Membership member) {
        return member.role().moderates() && conversations.byId(member.conversationId())
                .map(s -> s.conversation().kind() != ConversationKind.DIRECT).orElse(false);
    }

    private static Refusal noSuchMessage() {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "No such message");
    }
}
