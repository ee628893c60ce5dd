package io.parley.application.fakes;

import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.conversation.port.SaveConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.ChangeMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.ConversationKind;
import io.parley.domain.conversation.MemberRole;
import io.parley.domain.conversation.Membership;
import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Conversations, memberships and messages in memory: the fake behind every conversation and message port. */
public class InMemoryConversations implements LoadConversationPort, SaveConversationPort, StoreMembershipPort, LoadLatestMessagesPort,
        AppendMessagePort, LoadMessagesPort, ChangeMessagePort {

    private final InMemoryAttachments files;

    private final Map<ConversationId, Conversation> conversations = new LinkedHashMap<>();
    private final Map<ConversationId, Map<UserId, Membership>> members = new HashMap<>();
    private final Map<ConversationId, List<Message>> messages = new HashMap<>();
    private final Map<ConversationId, Long> lastSeq = new HashMap<>();
    private final Map<String, List<Edit>> edits = new HashMap<>();

    /** @param files where the files of the messages are, which messages are handed out with */
    public InMemoryConversations(InMemoryAttachments files) {
        this.files = files;
    }

    private synchronized ConversationState state(Conversation c) {
        List<Message> log = messages.getOrDefault(c.id(), List.of());
        Instant activity = log.isEmpty() ? c.createdAt() : log.get(log.size() - 1).createdAt();
        return new ConversationState(c, log.size(), activity, members.getOrDefault(c.id(), Map.of()).size());
    }

    @Override
    public synchronized Optional<ConversationState> byId(ConversationId id) {
        return Optional.ofNullable(conversations.get(id)).map(this::state);
    }

    @Override
    public synchronized Optional<ConversationState> directByPairKey(String pairKey) {
        return conversations.values().stream().filter(c -> pairKey.equals(c.directKey())).findFirst().map(this::state);
    }

    @Override
    public synchronized List<MemberConversation> conversationsOf(UserId member) {
        return conversations.values().stream()
                .filter(c -> members.getOrDefault(c.id(), Map.of()).containsKey(member))
                .map(c -> new MemberConversation(state(c), members.get(c.id()).get(member)))
                .sorted(Comparator.comparing((MemberConversation m) -> m.state().lastActivityAt()).reversed())
                .toList();
    }

    @Override
    public synchronized List<ConversationState> publicRooms(String text, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        return conversations.values().stream()
                .filter(Conversation::isPublicRoom)
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(needle))
                .map(this::state)
                .sorted(Comparator.comparingInt(ConversationState::memberCount).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean create(Conversation conversation, List<Membership> first) {
        if (conversation.kind() == ConversationKind.DIRECT && directByPairKey(conversation.directKey()).isPresent()) {
            return false;
        }
        conversations.put(conversation.id(), conversation);
        Map<UserId, Membership> byUser = new LinkedHashMap<>();
        first.forEach(m -> byUser.put(m.userId(), m));
        members.put(conversation.id(), byUser);
        return true;
    }

    @Override
    public synchronized Optional<Membership> membership(ConversationId conversation, UserId user) {
        return Optional.ofNullable(members.getOrDefault(conversation, Map.of()).get(user));
    }

    @Override
    public synchronized boolean add(Membership membership) {
        return members.computeIfAbsent(membership.conversationId(), c -> new LinkedHashMap<>())
                .putIfAbsent(membership.userId(), membership) == null;
    }

    @Override
    public synchronized Map<ConversationId, List<UserId>> membersOf(Collection<ConversationId> ids, int limitEach) {
        Map<ConversationId, List<UserId>> result = new HashMap<>();
        for (ConversationId id : ids) {
            result.put(id, members.getOrDefault(id, Map.of()).values().stream()
                    .sorted(Comparator.comparing((Membership m) -> m.role() != MemberRole.OWNER))
                    .map(Membership::userId).limit(limitEach).toList());
        }
        return result;
    }

    @Override
    public synchronized List<UserId> contactsOf(UserId user) {
        return members.values().stream()
                .filter(m -> m.containsKey(user))
                .flatMap(m -> m.keySet().stream())
                .filter(u -> !u.equals(user))
                .distinct()
                .toList();
    }

    @Override
    public synchronized boolean markRead(ConversationId conversation, UserId user, long seq) {
        return members.getOrDefault(conversation, new HashMap<>()).computeIfPresent(user, (u, m) -> seq <= m.lastReadSeq() ? m
                : new Membership(m.conversationId(), m.userId(), m.role(), m.joinedAt(), seq)) != null;
    }

    @Override
    public synchronized long lockLastSeq(ConversationId conversation) {
        return lastSeq.getOrDefault(conversation, 0L);
    }

    @Override
    public synchronized Optional<Message> byClientMessageId(ConversationId conversation, UserId sender, String clientMessageId) {
        return messages.getOrDefault(conversation, List.of()).stream()
                .filter(m -> m.senderId().equals(sender) && Objects.equals(m.clientMessageId(), clientMessageId))
                .findFirst()
                .map(m -> files.addedTo(List.of(m)).get(0));
    }

    @Override
    public synchronized void append(Message message) {
        List<Message> log = messages.computeIfAbsent(message.conversationId(), c -> new ArrayList<>());
        long last = lockLastSeq(message.conversationId());
        if (message.seq() != last + 1) {
            throw new IllegalStateException("seq " + message.seq() + " does not follow " + last);
        }
        log.add(message);
        lastSeq.put(message.conversationId(), message.seq());
    }

    @Override
    public synchronized List<Message> before(ConversationId conversation, long beforeSeq, int limit) {
        return files.addedTo(messages.getOrDefault(conversation, List.of()).stream()
                .filter(m -> m.seq() < beforeSeq && !m.isThreadReply())
                .sorted(Comparator.comparingLong(Message::seq).reversed())
                .limit(limit)
                .toList());
    }

    @Override
    public synchronized List<Message> after(ConversationId conversation, long afterSeq, int limit) {
        return files.addedTo(messages.getOrDefault(conversation, List.of()).stream().filter(m -> m.seq() > afterSeq && !m.isThreadReply())
                .sorted(Comparator.comparingLong(Message::seq)).limit(limit).toList());
    }

    @Override
    public synchronized List<Message> changedAfter(ConversationId conversation, long afterVersion, int limit) {
        return files.addedTo(messages.getOrDefault(conversation, List.of()).stream().filter(m -> m.version() > afterVersion)
                .sorted(Comparator.comparingLong(Message::version)).limit(limit).toList());
    }

    @Override
    public synchronized List<Message> thread(String rootId, long afterSeq, int limit) {
        return files.addedTo(messages.values().stream().flatMap(List::stream)
                .filter(m -> rootId.equals(m.threadId()) && m.seq() > afterSeq)
                .sorted(Comparator.comparingLong(Message::seq)).limit(limit).toList());
    }

    @Override
    public synchronized void threadReplied(Message root) {
        replace(root);
    }

    @Override
    public synchronized Map<ConversationId, Long> unreadOf(UserId viewer, Collection<ConversationId> ids) {
        Map<ConversationId, Long> unread = new HashMap<>();
        for (ConversationId id : ids) {
            Membership mine = members.getOrDefault(id, Map.of()).get(viewer);
            long count = mine == null ? 0 : messages.getOrDefault(id, List.of()).stream()
                    .filter(m -> m.seq() > mine.lastReadSeq() && !m.senderId().equals(viewer) && !m.isDeleted()).count();
            if (count > 0) {
                unread.put(id, count);
            }
        }
        return unread;
    }

    @Override
    public synchronized Optional<Message> byId(String messageId) {
        return messages.values().stream().flatMap(List::stream).filter(m -> m.id().equals(messageId)).findFirst()
                .map(m -> files.addedTo(List.of(m)).get(0));
    }

    @Override
    public synchronized void edited(Message message, String previousContent) {
        edits.computeIfAbsent(message.id(), id -> new ArrayList<>()).add(new Edit(previousContent, message.editedAt()));
        replace(message);
    }

    @Override
    public synchronized void deleted(Message tombstone) {
        edits.remove(tombstone.id());
        byId(tombstone.id()).ifPresent(before -> before.attachments().forEach(a -> files.delete(a.id())));
        replace(tombstone);
    }

    @Override
    public synchronized void reacted(Message message, UserId user, String emoji, boolean on) {
        replace(message);
    }

    @Override
    public synchronized List<Edit> edits(String messageId) {
        return List.copyOf(edits.getOrDefault(messageId, List.of()));
    }

    /** Stores the message's new state (its files stay with the file store) and numbers the change. */
    private void replace(Message changed) {
        List<Message> log = messages.get(changed.conversationId());
        log.replaceAll(m -> m.id().equals(changed.id()) ? changed.withAttachments(List.of()) : m);
        lastSeq.put(changed.conversationId(), changed.version());
    }

    @Override
    public synchronized List<Message> latestOf(Collection<ConversationId> ids) {
        return files.addedTo(ids.stream().map(id -> messages.getOrDefault(id, List.of()))
                .filter(log -> !log.isEmpty()).map(log -> log.get(log.size() - 1)).toList());
    }
}
