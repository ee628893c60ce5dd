package io.parley.application.conversation;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.util.List;

public interface InboxQuery {

    /** Every conversation of the user with its latest message and unread count, newest activity first. */
    List<ConversationSummary> inboxOf(UserId user);

    /** Just the ids, for subscribing a new connection. */
    List<ConversationId> conversationIdsOf(UserId user);
}
