package io.parley.application.conversation;

import io.parley.domain.user.UserId;

public interface CreateRoomUseCase {

    /** Creates a room owned by the caller, with a fresh invite code. */
    ConversationSummary create(CreateRoomCommand command);

    record CreateRoomCommand(UserId owner, String name, boolean isPrivate, String description) {
    }
}
