package io.parley.application.conversation;

import io.parley.domain.conversation.ConversationId;

public interface PreviewInviteQuery {

    /** What an invite link leads to, shown before signing in or joining. */
    record InvitePreview(ConversationId id, String name, String description, int memberCount) {
    }

    /**
     * The room an invite code opens. A wrong code and an unknown room are the same {@code not_found},
     * so the answer never tells which rooms exist; wrong guesses are limited per client address
     * ({@code rate_limited}).
     */
    InvitePreview preview(ConversationId room, String inviteCode, String clientAddress);
}
