package io.parley.application.messaging;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.util.List;

public interface MessageHistoryQuery {

    int DEFAULT_LIMIT = 50;
    int MAX_LIMIT = 100;

    /** A page of history going back from {@code beforeSeq} (the newest when null), newest first: top-level messages, no thread replies. */
    HistoryPage before(UserId reader, ConversationId conversation, Long beforeSeq, int limit);

    /**
     * Every message sent or changed after change {@code afterSeq}, as it is now, in the order of the
     * changes: a reconnecting client's catch-up (ADR 0013).
     */
    List<Message> after(UserId reader, ConversationId conversation, long afterSeq, int limit);

    /**
     * The top-level messages around {@code seq}, newest first: about half after it, the rest up to it
     * (for jumping to a message from a reply, a notification or a search). {@code nextCursor} pages
     * on backwards; a client goes forwards by asking around the newest message it holds.
     */
    HistoryPage around(UserId reader, ConversationId conversation, long seq, int limit);

    /** The replies in a thread after {@code afterSeq} (from the first when null), oldest first, with the root as it is now. */
    ThreadPage thread(UserId reader, String rootId, Long afterSeq, int limit);

    /** @param nextCursor the seq to pass as {@code afterSeq} for the next replies; null when there are no more */
    record ThreadPage(Message root, List<Message> replies, Long nextCursor) {
    }

    /** @param nextCursor the seq to pass as {@code beforeSeq} for the previous page; null at the beginning */
    record HistoryPage(List<Message> messages, Long nextCursor) {
    }

    static int boundedLimit(int limit) {
        return limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }
}
