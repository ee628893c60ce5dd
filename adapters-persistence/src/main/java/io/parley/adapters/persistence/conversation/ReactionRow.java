package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("message_reactions")
record ReactionRow(@Id @GeneratedValue Long id, String messageId, String emoji, String userId) {
}
