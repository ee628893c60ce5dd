package io.parley.application.service;

import io.parley.application.port.in.ConversationSummary;
import io.parley.application.port.in.CreateGroupUseCase;
import io.parley.application.port.in.GetConversationQuery;
import io.parley.application.port.in.InboxQuery;
import io.parley.application.port.in.MarkReadUseCase;
import io.parley.application.port.in.OpenDirectConversationUseCase;
import io.parley.application.port.out.AttachmentStore;
import io.parley.application.port.out.ConversationState;
import io.parley.application.port.out.LoadConversationPort;
import io.parley.application.port.out.LoadConversationPort.MemberConversation;
import io.parley.application.port.out.LoadMessagesPort;
import io.parley.application.port.out.LoadUserPort;
import io.parley.application.port.out.MembershipPort;
import io.parley.application.port.out.NotifyMembersPort;
import io.parley.application.port.out.SaveConversationPort;
import io.parley.application.port.out.TransactionRunner;
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
    private final MembershipPort memberships;
    private final LoadUserPort users;
    private final NotifyMembersPort notify;
    private final ConversationSummaries summaries;
    private final TransactionRunner tx;
    private final Clock clock;
    private final IdGenerator ids;

    public ConversationService(LoadConversationPort conversations, SaveConversationPort saveConversation, MembershipPort memberships,
                               LoadMessagesPort messages, AttachmentStore attachments, LoadUserPort users, NotifyMembersPort notify,
                               TransactionRunner tx, Clock clock, IdGenerator ids) {
        this.conversations = conversations;
        this.saveConversation = saveConversation;
        this.memberships = memberships;
        this.users = users;
        this.notify = notify;
        this.summaries = new ConversationSummaries(messages, memberships, users, attachments);
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
        ConversationState state = conversations.byId(id).orElseThrow(ConversationService::notFound);
        Optional<Membership> membership = memberships.membership(id, viewer);
        if (membership.isEmpty() && !state.conversation().isPublicRoom()) {
            throw notFound();
        }
        return summaries.of(viewer, state, membership.orElse(null));
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
    public void markRead(UserId reader, ConversationId id, long seq) {
        if (seq < 0) {
            throw Refusal.invalid("seq", "seq must not be negative");
        }
        ConversationState state = conversations.byId(id).orElseThrow(ConversationService::notFound);
        boolean member = tx.inTransaction(() -> memberships.markRead(id, reader, Math.min(seq, state.lastSeq())));
        if (!member) {
            throw notFound();
        }
    }

    private ConversationSummary viewOf(UserId viewer, ConversationState state) {
        return summaries.of(viewer, state, memberships.membership(state.conversation().id(), viewer).orElse(null));
    }

    /** Not a member: the same answer as for a conversation that does not exist, so none is revealed. */
    static Refusal notFound() {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation");
    }
}
