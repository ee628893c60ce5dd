package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.parley.adapters.persistence.RefusesWhenUnreachable;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
@RefusesWhenUnreachable
interface ReactionRowRepository extends GenericRepository<ReactionRow, Long> {

    ReactionRow save(ReactionRow row);

    @Query("SELECT * FROM message_reactions WHERE message_id IN (:messageIds) ORDER BY id")
    List<ReactionRow> findByMessages(Collection<String> messageIds);

    @Query("DELETE FROM message_reactions WHERE message_id = :messageId AND emoji = :emoji AND user_id = :userId")
    void remove(String messageId, String emoji, String userId);

    @Query("DELETE FROM message_reactions WHERE message_id = :messageId")
    void removeAll(String messageId);
}
