package io.parley.adapters.persistence.conversation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.parley.adapters.persistence.RefusesWhenUnreachable;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
@RefusesWhenUnreachable
interface EditRowRepository extends GenericRepository<EditRow, Long> {

    EditRow save(EditRow row);

    @Query("SELECT * FROM message_edits WHERE message_id = :messageId ORDER BY id")
    List<EditRow> findByMessage(String messageId);

    @Query("DELETE FROM message_edits WHERE message_id = :messageId")
    void removeAll(String messageId);
}
