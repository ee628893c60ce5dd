package io.parley.adapters.persistence.conversation;

import io.micronaut.core.annotation.Introspected;

/** How many messages one conversation holds past a member's read marker. */
@Introspected
record UnreadCount(String conversationId, long unread) {
}
