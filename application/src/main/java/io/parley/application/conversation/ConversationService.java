package io.parley.application.conversation;

import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.LoadConversationPort.MemberConversation;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.application.conversation.port.SaveConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Direct conversations and groups, the inbox, and read markers. */
public final class ConversationService
        implements OpenDirectConversationUseCase, CreateGroupUseCase, GetConversationQuery, InboxQuery, MarkReadUseCase {

    private final LoadConversationPort conversations;
    private final SaveConversationPort saveConversation;
    private final StoreMembershipPort memberships;
    private final LoadUserPort users;
    private final NotifyMembersPort notify;
    private final ConversationSummaries summaries;
    private final ConversationAccess access;
    private final RunInTransactionPort tx;
    private final Clock clock;
    private final IdGenerator ids;

    public ConversationService(LoadConversationPort conversations, SaveConversationPort saveConversation, StoreMembershipPort memberships,
                               LoadLatestMessagesPort latestMessages, LoadUserPort users, NotifyMembersPort notify,
                               ConversationAccess access, RunInTransactionPort tx, Clock clock, IdGenerator ids) {
        this.conversations = conversations;
        this.saveConversation = saveConversation;
        this.memberships = memberships;
        this.users = users;
        this.notify = notify;
        this.summaries = new ConversationSummaries(latestMessages, memberships, users);
        this.access = access;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Opened open(UserId caller, UserId other) {
        if (users.byId(other).isEmpty()) {
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "No such user");
        }
        Instant now = clock.instant();
        Conversation direct = Conversation.direct(new ConversationId(ids.next()), caller, other, now);
        Optional<ConversationState> existing = conversations.directByPairKey(direct.directKey());
        if (existing.isPresent()) {
            return new Opened(viewOf(caller, existing.get()), false);
        }
        boolean created = tx.inTransaction(() ->
                saveConversation.create(direct, List.of(Membership.owner(direct.id(), caller, now), Membership.member(direct.id(), other, now))));
        if (!created) {
            // Both opened it at the same moment; the store kept the other one.
            ConversationState winner = conversations.directByPairKey(direct.directKey()).orElseThrow();
            return new Opened(viewOf(caller, winner), false);
        }
        notify.memberJoined(direct.id(), caller);
        notify.memberJoined(direct.id(), other);
        return new Opened(viewOf(caller, new ConversationState(direct, 0, now, 2)), true);
    }

    @Override
    public ConversationSummary create(CreateGroupCommand command) {
        Instant now = clock.instant();
        Conversation group = Conversation.group(new ConversationId(ids.next()), command.name(), command.owner(), now);
        Set<UserId> others = new LinkedHashSet<>(command.memberIds());
        others.remove(command.owner());
        if (users.byIds(others).size() != others.size()) {
            throw Refusal.invalid("userIds", "Some of these people do not exist");
        }
        List<Membership> members = new ArrayList<>();
        members.add(Membership.owner(group.id(), command.owner(), now));
        others.forEach(user -> members.add(Membership.member(group.id(), user, now)));
        tx.inTransaction(() -> saveConversation.create(group, members));
        members.forEach(m -> notify.memberJoined(group.id(), m.userId()));
        return viewOf(command.owner(), new ConversationState(group, 0, now, members.size()));
    }

    @Override
    public ConversationSummary get(UserId viewer, ConversationId id) {
        ConversationState state = conversations.byId(id).orElseThrow(ConversationAccess::noSuchConversation);
        return summaries.of(viewer, state, access.requireVisible(viewer, state).orElse(null));
    }

    @Override
    public List<ConversationSummary> inboxOf(UserId user) {
        List<MemberConversation> mine = conversations.conversationsOf(user);
        return summaries.of(user, mine.stream().map(MemberConversation::state).toList(),
                mine.stream().collect(Collectors.toMap(c -> c.state().conversation().id(), MemberConversation::membership)));
    }

    @Override
    public List<ConversationId> conversationIdsOf(UserId user) {
        return conversations.conversationsOf(user).stream().map(c -> c.state().conversation().id()).toList();
    }

    @Override
    public void markRead(MarkReadCommand command) {
        ConversationId id = command.conversation();
        ConversationState state = conversations.byId(id).orElseThrow(ConversationAccess::noSuchConversation);
        boolean member = tx.inTransaction(() -> memberships.markRead(id, command.reader(), Math.min(command.seq(), state.lastSeq())));
        if (!member) {
            throw access.refusalFor(id);
        }
    }

    private ConversationSummary viewOf(UserId viewer, ConversationState state) {
        return summaries.of(viewer, state, memberships.membership(state.conversation().id(), viewer).orElse(null));
    }
}
