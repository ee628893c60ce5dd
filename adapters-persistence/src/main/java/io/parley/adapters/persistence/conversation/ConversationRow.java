package io.parley.adapters.persistence.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("conversations")
record ConversationRow(@Id String id, String kind, @Nullable String name, String description, boolean isPrivate,
                       @Nullable String inviteCode, @Nullable String directKey, String createdBy, Instant createdAt,
                       long lastSeq, long lastMessageSeq, @Nullable Instant lastMessageAt, int memberCount) {
}
