package io.parley.application.port.in;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;

public interface MarkReadUseCase {

    /** Moves the reader's marker forward to {@code seq} (clamped to the last message); never backward. */
    void markRead(UserId reader, ConversationId conversation, long seq);
}
