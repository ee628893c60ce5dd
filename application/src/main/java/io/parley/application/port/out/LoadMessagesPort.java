package io.parley.application.port.out;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Message;
import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface LoadMessagesPort {

    /** Messages with seq below {@code beforeSeq}, newest first. */
    List<Message> before(ConversationId conversation, long beforeSeq, int limit);

    /** Messages with seq above {@code afterSeq}, oldest first. */
    List<Message> after(ConversationId conversation, long afterSeq, int limit);

    /** The newest message of each conversation that has one. */
    Map<ConversationId, Message> latestOf(Collection<ConversationId> conversations);
}
