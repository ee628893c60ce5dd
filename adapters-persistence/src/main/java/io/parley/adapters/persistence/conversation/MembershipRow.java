package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The table's key is (conversation_id, user_id); Micronaut Data needs one id, and only inserts and queries use this row. */
@MappedEntity("memberships")
record MembershipRow(@Id String conversationId, String userId, String role, Instant joinedAt, long lastReadSeq) {
}
