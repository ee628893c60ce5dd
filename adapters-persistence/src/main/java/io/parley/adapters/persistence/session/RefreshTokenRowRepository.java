package io.parley.adapters.persistence.session;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.parley.adapters.persistence.RefusesWhenUnreachable;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
@RefusesWhenUnreachable
interface RefreshTokenRowRepository extends GenericRepository<RefreshTokenRow, String> {

    RefreshTokenRow save(RefreshTokenRow row);

    Optional<RefreshTokenRow> findByTokenHashForUpdate(String tokenHash);

    @Query("UPDATE refresh_tokens SET used_at = :at WHERE id = :id")
    void markUsed(String id, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE family_id = :familyId AND revoked_at IS NULL")
    void revokeFamily(String familyId, Instant at);
}
