package io.parley.application.messaging.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import java.util.List;
import java.util.Optional;

/** Reading history. Messages come whole, with the files they carry. */
public interface LoadMessagesPort {

    /** The message as it is now, whole: with its files, reactions and the message it quotes. */
    Optional<Message> byId(String messageId);

    /** Top-level messages (no thread replies) with seq below {@code beforeSeq}, newest first. */
    List<Message> before(ConversationId conversation, long beforeSeq, int limit);

    /** Top-level messages with seq above {@code afterSeq}, oldest first. */
    List<Message> after(ConversationId conversation, long afterSeq, int limit);

    /** Every message changed (sent included) after change {@code afterVersion}, as it is now, in the order of the changes. */
    List<Message> changedAfter(ConversationId conversation, long afterVersion, int limit);

    /** The replies in the thread of {@code rootId} with seq above {@code afterSeq}, oldest first. */
    List<Message> thread(String rootId, long afterSeq, int limit);
}
