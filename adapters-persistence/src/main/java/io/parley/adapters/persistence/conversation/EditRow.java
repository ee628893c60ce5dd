package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A text a message had until {@code replacedAt}. */
@MappedEntity("message_edits")
record EditRow(@Id @GeneratedValue Long id, String messageId, String content, Instant replacedAt) {
}
