package io.parley.application.conversation;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;

public interface JoinRoomUseCase {

    /**
     * Joins a public room, or a private one with its invite code ({@code forbidden} otherwise).
     * Joining a room one is already in changes nothing.
     */
    ConversationSummary join(UserId user, ConversationId room, String inviteCode);
}
