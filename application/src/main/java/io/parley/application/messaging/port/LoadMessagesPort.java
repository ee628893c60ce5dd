package io.parley.application.port.out;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.Message;
import java.util.Collection;
import java.util.List;

public interface LoadMessagesPort {

    /** Messages with seq below {@code beforeSeq}, newest first. */
    List<Message> before(ConversationId conversation, long beforeSeq, int limit);

    /** Messages with seq above {@code afterSeq}, oldest first. */
    List<Message> after(ConversationId conversation, long afterSeq, int limit);

    /** The newest message of each conversation that has one. */
    List<Message> latestOf(Collection<ConversationId> conversations);
}
