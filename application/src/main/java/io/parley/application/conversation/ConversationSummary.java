package io.parley.application.conversation;

import io.parley.domain.conversation.Conversation;
import io.parley.domain.message.Message;
import io.parley.domain.user.User;
import java.time.Instant;
import java.util.List;

/**
 * A conversation as one person sees it.
 *
 * @param displayName   the name to show: the other person's for a direct conversation
 * @param members       the members (for big rooms, the first few); none for a non-member
 * @param lastMessage   the newest message, or null; null for a non-member
 * @param unreadCount   messages after the viewer's read marker (0 for non-members)
 * @param viewerIsMember whether the viewer belongs to it (members alone see a room's invite code)
 */
public record ConversationSummary(Conversation conversation, String displayName, List<User> members, int memberCount,
                                  Message lastMessage, long unreadCount, Instant lastActivityAt, boolean viewerIsMember) {
}
