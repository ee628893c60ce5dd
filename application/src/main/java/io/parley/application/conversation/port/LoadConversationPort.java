package io.parley.application.conversation.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.UserId;
import java.util.List;
import java.util.Optional;

public interface LoadConversationPort {

    Optional<ConversationState> byId(ConversationId id);

    Optional<ConversationState> directByPairKey(String pairKey);

    /** Every conversation {@code member} belongs to, with their membership, newest activity first. */
    List<MemberConversation> conversationsOf(UserId member);

    /** Public rooms whose name contains {@code text} (all when empty), busiest first. */
    List<ConversationState> publicRooms(String text, int limit);

    record MemberConversation(ConversationState state, Membership membership) {
    }
}
