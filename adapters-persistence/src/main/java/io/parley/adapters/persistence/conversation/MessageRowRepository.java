package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.parley.adapters.persistence.RefusesWhenUnreachable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
@RefusesWhenUnreachable
interface MessageRowRepository extends GenericRepository<MessageRow, String> {

    MessageRow save(MessageRow row);

    Optional<MessageRow> findByConversationIdAndSenderIdAndClientMessageId(String conversationId, String senderId, String clientMessageId);

    @Query("""
            SELECT * FROM messages WHERE conversation_id = :conversationId AND thread_id IS NULL AND seq < :beforeSeq
            ORDER BY seq DESC LIMIT :limit""")
    List<MessageRow> findBefore(String conversationId, long beforeSeq, int limit);

    @Query("""
            SELECT * FROM messages WHERE conversation_id = :conversationId AND thread_id IS NULL AND seq > :afterSeq
            ORDER BY seq LIMIT :limit""")
    List<MessageRow> findTopLevelAfter(String conversationId, long afterSeq, int limit);

    /** Every message changed after {@code afterVersion}, in its current state, in the order of the changes. */
    @Query("SELECT * FROM messages WHERE conversation_id = :conversationId AND version > :afterVersion ORDER BY version LIMIT :limit")
    List<MessageRow> findChangedAfter(String conversationId, long afterVersion, int limit);

    Optional<MessageRow> findById(String id);

    @Query("SELECT * FROM messages WHERE id IN (:ids)")
    List<MessageRow> findByIds(Collection<String> ids);

    @Query("SELECT * FROM messages WHERE thread_id = :rootId AND seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<MessageRow> findThread(String rootId, long afterSeq, int limit);

    @Query("""
            UPDATE messages SET version = :version, thread_reply_count = :replyCount, thread_last_reply_at = :lastReplyAt,
            thread_participants = :participants WHERE id = :id""")
    void updateThread(String id, long version, int replyCount, Instant lastReplyAt, String participants);

    @Query("UPDATE messages SET content = :content, version = :version, edited_at = :editedAt WHERE id = :id")
    void updateText(String id, String content, long version, Instant editedAt);

    @Query("UPDATE messages SET content = '', version = :version, deleted_at = :deletedAt WHERE id = :id")
    void updateDeleted(String id, long version, Instant deletedAt);

    @Query("UPDATE messages SET version = :version WHERE id = :id")
    void updateVersion(String id, long version);

    @Query("""
            SELECT m.* FROM messages m JOIN conversations c ON c.id = m.conversation_id AND m.seq = c.last_message_seq
            WHERE c.id IN (:conversationIds)""")
    List<MessageRow> findLatest(Collection<String> conversationIds);

    /** A range of the primary key per conversation: the messages past the member's read marker. */
    @Query("""
            SELECT m.conversation_id, COUNT(*) AS unread FROM memberships ms
            JOIN messages m ON m.conversation_id = ms.conversation_id AND m.seq > ms.last_read_seq
            WHERE ms.user_id = :userId AND ms.conversation_id IN (:conversationIds)
              AND m.sender_id <> :userId AND m.deleted_at IS NULL
            GROUP BY m.conversation_id""")
    List<UnreadCount> countUnread(String userId, Collection<String> conversationIds);
}
