package io.parley.application.conversation.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface StoreMembershipPort {

    Optional<Membership> membership(ConversationId conversation, UserId user);

    /** Adds the member; {@code false} if they already were one. */
    boolean add(Membership membership);

    /** The members of each conversation, at most {@code limitEach} of each, owners first. */
    Map<ConversationId, List<UserId>> membersOf(Collection<ConversationId> conversations, int limitEach);

    /** Everyone who shares at least one conversation with {@code user}, not {@code user} themself. */
    List<UserId> contactsOf(UserId user);

    /** Moves the read marker forward to {@code seq}, never backward; {@code false} if {@code user} is not a member. */
    boolean markRead(ConversationId conversation, UserId user, long seq);
}
