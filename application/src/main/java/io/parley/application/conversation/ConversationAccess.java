package io.parley.application.conversation;

import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.UserId;
import java.util.Optional;

/**
 * Who may read and write a conversation: its members, and nobody else. The one place that
 * decides it and what a non-member is told — that it does not exist, so none is revealed; or,
 * for a public room, which anyone may see, that they must join it first.
 */
public final class ConversationAccess {

    private final LoadConversationPort conversations;
    private final StoreMembershipPort memberships;

    public ConversationAccess(LoadConversationPort conversations, StoreMembershipPort memberships) {
        this.conversations = conversations;
        this.memberships = memberships;
    }

    /** The user's membership, or the refusal a non-member gets. */
    public Membership requireMember(UserId user, ConversationId conversation) {
        return memberships.membership(conversation, user).orElseThrow(() -> refusalFor(conversation));
    }

    /** The viewer's membership, if any: a public room may be looked at by anyone, anything else by its members only. */
    public Optional<Membership> requireVisible(UserId viewer, ConversationState state) {
        Optional<Membership> membership = memberships.membership(state.conversation().id(), viewer);
        if (membership.isEmpty() && !state.conversation().isPublicRoom()) {
            throw noSuchConversation();
        }
        return membership;
    }

    public boolean isMember(UserId user, ConversationId conversation) {
        return memberships.membership(conversation, user).isPresent();
    }

    /** What someone who turned out not to be a member is told. */
    public Refusal refusalFor(ConversationId conversation) {
        boolean publicRoom = conversations.byId(conversation).map(s -> s.conversation().isPublicRoom()).orElse(false);
        return publicRoom ? Refusal.of(Refusal.Reason.FORBIDDEN, "Join this room first") : noSuchConversation();
    }

    public static Refusal noSuchConversation() {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "No such conversation");
    }
}
