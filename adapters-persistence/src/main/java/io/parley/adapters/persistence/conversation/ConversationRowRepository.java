package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.parley.adapters.persistence.RefusesWhenUnreachable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
@RefusesWhenUnreachable
interface ConversationRowRepository extends GenericRepository<ConversationRow, String> {

    ConversationRow save(ConversationRow row);

    Optional<ConversationRow> findById(String id);

    Optional<ConversationRow> findByDirectKey(String directKey);

    @Query("""
            SELECT c.* FROM conversations c JOIN memberships m ON m.conversation_id = c.id
            WHERE m.user_id = :userId
            ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.id""")
    List<ConversationRow> findByMember(String userId);

    @Query("""
            SELECT * FROM conversations
            WHERE kind = 'ROOM' AND is_private = FALSE AND name LIKE :contains
            ORDER BY member_count DESC, name, id
            LIMIT :limit""")
    List<ConversationRow> findPublicRooms(String contains, int limit);

    /** Serialises writers of one conversation: messages (for their seq) and new members. */
    @Query("SELECT last_seq FROM conversations WHERE id = :id FOR UPDATE")
    Optional<Long> lockLastSeq(String id);

    /** A new message: the conversation's last change, last message and last activity. */
    @Query("UPDATE conversations SET last_seq = :seq, last_message_seq = :seq, last_message_at = :at WHERE id = :id")
    void advance(String id, long seq, Instant at);

    /** A change of a message: numbered, but no new activity (the inbox keeps its order). */
    @Query("UPDATE conversations SET last_seq = :seq WHERE id = :id")
    void advanceChange(String id, long seq);

    @Query("UPDATE conversations SET member_count = member_count + 1 WHERE id = :id")
    void countNewMember(String id);
}
