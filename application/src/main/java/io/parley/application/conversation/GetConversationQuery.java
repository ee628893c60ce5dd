package io.parley.application.conversation;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;

public interface GetConversationQuery {

    /** The conversation if the viewer is a member (or it is a public room); {@code not_found} otherwise. */
    ConversationSummary get(UserId viewer, ConversationId id);
}
