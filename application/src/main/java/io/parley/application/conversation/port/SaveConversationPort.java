package io.parley.application.conversation.port;

import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.Membership;
import java.util.List;

public interface SaveConversationPort {

    /**
     * Stores a new conversation and its first members; {@code false} if it is a direct
     * conversation whose pair already has one (decided by the store, race-free).
     */
    boolean create(Conversation conversation, List<Membership> members);
}
