package io.parley.application.messaging.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.util.Optional;

/** Writing messages. Every method runs inside the caller's transaction. */
public interface AppendMessagePort {

    /** The conversation's last sequence number, locked until the transaction ends so senders take turns. */
    long lockLastSeq(ConversationId conversation);

    /** The message the sender sent under this id, whole, with the files it carries. */
    Optional<Message> byClientMessageId(ConversationId conversation, UserId sender, String clientMessageId);

    /** Stores the message and makes its seq the conversation's last. */
    void append(Message message);

    /** Stores a thread root's new summary and version, changed by a reply appended in the same transaction. */
    void threadReplied(Message root);
}
