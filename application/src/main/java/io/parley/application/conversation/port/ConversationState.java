package io.parley.application.conversation.port;

import io.parley.domain.conversation.Conversation;
import java.time.Instant;

/** A conversation with what changes as it is used: its last sequence number, latest activity and size. */
public record ConversationState(Conversation conversation, long lastSeq, Instant lastActivityAt, int memberCount) {
}
