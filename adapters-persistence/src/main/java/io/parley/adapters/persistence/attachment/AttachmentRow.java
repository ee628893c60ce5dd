package io.parley.adapters.persistence.attachment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("attachments")
record AttachmentRow(@Id String id, String uploaderId, String fileName, String type, long size, @Nullable Integer width,
                     @Nullable Integer height, String blobKey, @Nullable String thumbnailKey, Instant createdAt,
                     @Nullable String conversationId, @Nullable String messageId) {
}
