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
import io.parley.domain.conversation.ConversationKind;
import io.parley.domain.conversation.InviteCode;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rooms: created by anyone, public or private, joined by id or invite code. */
public final class RoomService implements CreateRoomUseCase, JoinRoomUseCase, RoomsQuery {

    static final int PUBLIC_ROOMS_SHOWN = 100;

    private final LoadConversationPort conversations;
    private final SaveConversationPort saveConversation;
    private final StoreMembershipPort memberships;
    private final NotifyMembersPort notify;
    private final ConversationSummaries summaries;
    private final RunInTransactionPort tx;
    private final Clock clock;
    private final IdGenerator ids;
    private final SecureRandom random = new SecureRandom();

    public RoomService(LoadConversationPort conversations, SaveConversationPort saveConversation, StoreMembershipPort memberships,
                       LoadLatestMessagesPort latestMessages, LoadUserPort users, NotifyMembersPort notify,
                       RunInTransactionPort tx, Clock clock, IdGenerator ids) {
        this.conversations = conversations;
        this.saveConversation = saveConversation;
        this.memberships = memberships;
        this.notify = notify;
        this.summaries = new ConversationSummaries(latestMessages, memberships, users);
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public ConversationSummary create(CreateRoomCommand command) {
        Instant now = clock.instant();
        Conversation room = Conversation.room(new ConversationId(ids.next()), command.name(), command.description(),
                command.isPrivate(), InviteCode.generate(random), command.owner(), now);
        Membership owner = Membership.owner(room.id(), command.owner(), now);
        tx.inTransaction(() -> saveConversation.create(room, List.of(owner)));
        notify.memberJoined(room.id(), command.owner());
        return summaries.of(command.owner(), new ConversationState(room, 0, now, 1), owner);
    }

    @Override
    public ConversationSummary join(UserId user, ConversationId roomId, String inviteCode) {
        ConversationState state = conversations.byId(roomId)
                .filter(s -> s.conversation().kind() == ConversationKind.ROOM)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such room"));
        Optional<Membership> existing = memberships.membership(roomId, user);
        if (existing.isPresent()) {
            return summaries.of(user, state, existing.get());
        }
        if (!state.conversation().admits(inviteCode)) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "This room is private: it needs its invite code");
        }
        Membership joined = Membership.member(roomId, user, clock.instant());
        boolean added = tx.inTransaction(() -> memberships.add(joined));
        if (added) {
            notify.memberJoined(roomId, user);
        }
        ConversationState now = conversations.byId(roomId).orElse(state);
        return summaries.of(user, now, memberships.membership(roomId, user).orElse(joined));
    }

    @Override
    public List<ConversationSummary> roomsOf(UserId user) {
        List<MemberConversation> rooms = conversations.conversationsOf(user).stream()
                .filter(c -> c.state().conversation().kind() == ConversationKind.ROOM)
                .toList();
        return summaries.of(user, rooms.stream().map(MemberConversation::state).toList(),
                rooms.stream().collect(Collectors.toMap(c -> c.state().conversation().id(), MemberConversation::membership)));
    }

    @Override
    public List<ConversationSummary> publicRooms(UserId viewer, String text) {
        List<ConversationState> rooms = conversations.publicRooms(text == null ? "" : text.strip(), PUBLIC_ROOMS_SHOWN);
        Map<ConversationId, Membership> mine = conversations.conversationsOf(viewer).stream()
                .map(MemberConversation::membership)
                .collect(Collectors.toMap(Membership::conversationId, Function.identity()));
        return summaries.of(viewer, rooms, mine);
    }
}
