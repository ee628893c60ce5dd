package io.parley.application.conversation;

import io.parley.domain.user.UserId;

public interface OpenDirectConversationUseCase {

    /** The one direct conversation of the caller and {@code other}, created if it did not exist. */
    Opened open(UserId caller, UserId other);

    record Opened(ConversationSummary conversation, boolean created) {
    }
}
