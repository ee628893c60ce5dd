package io.parley.application.messaging.port;

import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * Storing the changes of messages. Every write runs inside the caller's transaction, under the
 * conversation's lock ({@link AppendMessagePort#lockLastSeq}), and makes the change's number the
 * conversation's last.
 */
public interface ChangeMessagePort {

    /** Stores the new text, and keeps the one it replaces as an earlier text. */
    void edited(Message message, String previousContent);

    /** Stores the tombstone; its files' descriptions, reactions and earlier texts go with it. */
    void deleted(Message tombstone);

    /** Stores {@code user}'s emoji as put on or taken off the message. */
    void reacted(Message message, UserId user, String emoji, boolean on);

    /** The message's earlier texts, oldest first. */
    List<Edit> edits(String messageId);
}
