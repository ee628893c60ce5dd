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
interface MessageRowRepository extends GenericRepository<MessageRow, String> {

    MessageRow save(MessageRow row);

    Optional<MessageRow> findByConversationIdAndSenderIdAndClientMessageId(String conversationId, String senderId, String clientMessageId);

    @Query("SELECT * FROM messages WHERE conversation_id = :conversationId AND seq < :beforeSeq ORDER BY seq DESC LIMIT :limit")
    List<MessageRow> findBefore(String conversationId, long beforeSeq, int limit);

    @Query("SELECT * FROM messages WHERE conversation_id = :conversationId AND seq > :afterSeq ORDER BY seq LIMIT :limit")
    List<MessageRow> findAfter(String conversationId, long afterSeq, int limit);

    @Query("""
            SELECT m.* FROM messages m JOIN conversations c ON c.id = m.conversation_id AND m.seq = c.last_seq
            WHERE c.id IN (:conversationIds)""")
    List<MessageRow> findLatest(Collection<String> conversationIds);
}
