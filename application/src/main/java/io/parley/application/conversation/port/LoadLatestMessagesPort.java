package io.parley.application.conversation.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import java.util.Collection;
import java.util.List;

/** What the inbox shows of each conversation: its newest message. */
public interface LoadLatestMessagesPort {

    /** The newest message of each conversation that has one, whole, with the files it carries. */
    List<Message> latestOf(Collection<ConversationId> conversations);
}
