package io.parley.application.conversation;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;

public interface MarkReadUseCase {

    /** Moves the reader's marker forward to {@code seq} (clamped to the last message); never backward. */
    void markRead(MarkReadCommand command);

    /** @param seq as the client sent it: required, and 0 or more */
    record MarkReadCommand(UserId reader, ConversationId conversation, Long seq) {

        public MarkReadCommand {
            seq = Message.validSeq("seq", seq);
        }
    }
}
