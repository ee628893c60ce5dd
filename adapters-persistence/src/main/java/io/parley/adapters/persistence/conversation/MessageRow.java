package io.parley.adapters.persistence.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("messages")
record MessageRow(@Id String id, String conversationId, long seq, long version, String senderId, String type, String content,
                  @Nullable String clientMessageId, Instant createdAt, @Nullable Instant editedAt, @Nullable Instant deletedAt,
                  @Nullable String replyToId, @Nullable String threadId, int threadReplyCount, @Nullable Instant threadLastReplyAt,
                  @Nullable String threadParticipants) {
}
