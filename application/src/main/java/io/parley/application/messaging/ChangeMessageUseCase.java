package io.parley.application.messaging;

import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * Changing a message after it was sent: its text, its existence, its reactions. Each change that
 * changes something takes the conversation's next {@code seq} and is told to the members after
 * commit; a change that changes nothing (the same text, a second deletion, a second identical
 * reaction) takes none and tells nobody.
 */
public interface ChangeMessageUseCase {

    /** Its sender's new text, by the rules of a send; the message as it now is. */
    Message edit(UserId editor, String messageId, String content);

    /** Leaves a tombstone in the message's place and deletes its files; by its sender or a moderator. */
    void delete(UserId user, String messageId);

    /** Puts {@code user}'s emoji on the message, or takes it off; the message as it now is. */
    Message react(UserId user, String messageId, String emoji, boolean on);

    /** The message's earlier texts, oldest first; to members of its conversation. */
    List<Edit> edits(UserId reader, String messageId);
}
