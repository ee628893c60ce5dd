package io.parley.application.messaging.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import java.util.List;

/** Reading history. Messages come whole, with the files they carry. */
public interface LoadMessagesPort {

    /** Messages with seq below {@code beforeSeq}, newest first. */
    List<Message> before(ConversationId conversation, long beforeSeq, int limit);

    /** Every message changed (sent included) after change {@code afterVersion}, as it is now, in the order of the changes. */
    List<Message> changedAfter(ConversationId conversation, long afterVersion, int limit);
}
