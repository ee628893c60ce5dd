package io.parley.adapters.persistence.session;

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
interface WsTicketRowRepository extends GenericRepository<WsTicketRow, String> {

    WsTicketRow save(WsTicketRow row);

    Optional<WsTicketRow> findByTicketHashForUpdate(String ticketHash);

    void deleteByTicketHash(String ticketHash);

    @Query(value = "SELECT ticket_hash FROM ws_tickets WHERE expires_at <= :now LIMIT :limit", readOnly = true)
    List<String> findExpiredHashes(Instant now, int limit);

    @Query("DELETE FROM ws_tickets WHERE ticket_hash IN (:hashes) AND expires_at <= :now")
    void deleteExpired(Collection<String> hashes, Instant now);
}
