package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.parley.adapters.persistence.RefusesWhenUnreachable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
@RefusesWhenUnreachable
interface MembershipRowRepository extends GenericRepository<MembershipRow, String> {

    MembershipRow save(MembershipRow row);

    Optional<MembershipRow> findByConversationIdAndUserId(String conversationId, String userId);

    List<MembershipRow> findByUserId(String userId);

    @Query("""
            SELECT * FROM memberships WHERE conversation_id IN (:conversationIds)
            ORDER BY conversation_id, CASE WHEN role = 'OWNER' THEN 0 ELSE 1 END, joined_at, user_id""")
    List<MembershipRow> findByConversations(Collection<String> conversationIds);

    @Query("""
            SELECT DISTINCT other.user_id FROM memberships mine
            JOIN memberships other ON other.conversation_id = mine.conversation_id
            WHERE mine.user_id = :userId AND other.user_id <> :userId""")
    List<String> findContacts(String userId);

    @Query("UPDATE memberships SET last_read_seq = GREATEST(last_read_seq, :seq) WHERE conversation_id = :conversationId AND user_id = :userId")
    int markRead(String conversationId, String userId, long seq);
}
