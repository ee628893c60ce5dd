package io.parley.adapters.persistence.attachment;

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
interface AttachmentRowRepository extends GenericRepository<AttachmentRow, String> {

    AttachmentRow save(AttachmentRow row);

    Optional<AttachmentRow> findById(String id);

    @Query("SELECT * FROM attachments WHERE id IN (:ids) FOR UPDATE")
    List<AttachmentRow> lockByIds(Collection<String> ids);

    @Query("UPDATE attachments SET conversation_id = :conversationId, message_id = :messageId WHERE id IN (:ids)")
    void markSent(Collection<String> ids, String conversationId, String messageId);

    @Query("SELECT * FROM attachments WHERE message_id IN (:messageIds) ORDER BY created_at, id")
    List<AttachmentRow> findByMessages(Collection<String> messageIds);

    @Query("SELECT * FROM attachments WHERE message_id IS NULL AND created_at < :cutoff ORDER BY created_at LIMIT :limit")
    List<AttachmentRow> findUnsentBefore(Instant cutoff, int limit);

    void deleteById(String id);

    @Query("DELETE FROM attachments WHERE message_id = :messageId")
    void deleteByMessage(String messageId);
}
