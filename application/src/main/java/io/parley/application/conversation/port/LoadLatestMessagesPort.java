package io.parley.application.conversation.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the inbox shows of each conversation: its newest message. */
public interface LoadLatestMessagesPort {

    /** The newest message of each conversation that has one, whole, with the files it carries. */
    List<Message> latestOf(Collection<ConversationId> conversations);

    /**
     * How many messages of others, not deleted, each conversation holds past {@code viewer}'s read
     * marker; conversations with none are left out. Changes (edits, reactions) are not messages.
     */
    Map<ConversationId, Long> unreadOf(UserId viewer, Collection<ConversationId> conversations);
}
