package io.parley.adapters.persistence.conversation;

import io.micronaut.data.exceptions.DataAccessException;
import io.parley.adapters.persistence.DuplicateKeys;
import io.parley.adapters.persistence.LikePatterns;
import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.SaveConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
final class JdbcConversationStore implements LoadConversationPort, SaveConversationPort, StoreMembershipPort {

    private final ConversationRowRepository conversations;
    private final MembershipRowRepository memberships;

    JdbcConversationStore(ConversationRowRepository conversations, MembershipRowRepository memberships) {
        this.conversations = conversations;
        this.memberships = memberships;
    }

    @Override
    public Optional<ConversationState> byId(ConversationId id) {
        return conversations.findById(id.value()).map(ConversationRows::state);
    }

    @Override
    public Optional<ConversationState> directByPairKey(String pairKey) {
        return conversations.findByDirectKey(pairKey).map(ConversationRows::state);
    }

    @Override
    public List<MemberConversation> conversationsOf(UserId member) {
        Map<String, Membership> mine = memberships.findByUserId(member.value()).stream()
                .map(ConversationRows::membership)
                .collect(Collectors.toMap(m -> m.conversationId().value(), Function.identity()));
        return conversations.findByMember(member.value()).stream()
                .filter(row -> mine.containsKey(row.id()))
                .map(row -> new MemberConversation(ConversationRows.state(row), mine.get(row.id())))
                .toList();
    }

    @Override
    public List<ConversationState> publicRooms(String text, int limit) {
        return conversations.findPublicRooms(LikePatterns.containing(text), limit).stream().map(ConversationRows::state).toList();
    }

    @Override
    public boolean create(Conversation conversation, List<Membership> members) {
        try {
            conversations.save(ConversationRows.row(conversation, members.size()));
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
        members.forEach(m -> memberships.save(ConversationRows.row(m)));
        return true;
    }

    @Override
    public Optional<Membership> membership(ConversationId conversation, UserId user) {
        return memberships.findByConversationIdAndUserId(conversation.value(), user.value()).map(ConversationRows::membership);
    }

    @Override
    public boolean add(Membership membership) {
        // The room's row is locked first: the insert's foreign-key check takes a shared lock on it,
        // and two joins each holding one would deadlock on the member count's update.
        conversations.lockLastSeq(membership.conversationId().value());
        try {
            memberships.save(ConversationRows.row(membership));
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
        conversations.countNewMember(membership.conversationId().value());
        return true;
    }

    @Override
    public Map<ConversationId, List<UserId>> membersOf(Collection<ConversationId> ids, int limitEach) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<ConversationId, List<UserId>> members = new HashMap<>();
        for (MembershipRow row : memberships.findByConversations(ids.stream().map(ConversationId::value).toList())) {
            List<UserId> list = members.computeIfAbsent(new ConversationId(row.conversationId()), c -> new java.util.ArrayList<>());
            if (list.size() < limitEach) {
                list.add(new UserId(row.userId()));
            }
        }
        return members;
    }

    @Override
    public List<UserId> contactsOf(UserId user) {
        return memberships.findContacts(user.value()).stream().map(UserId::new).toList();
    }

    @Override
    public boolean markRead(ConversationId conversation, UserId user, long seq) {
        // Counts the matched row even when the marker was already there (the driver reports found rows).
        return memberships.markRead(conversation.value(), user.value(), seq) > 0;
    }
}
