package io.parley.adapters.persistence.session;

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
interface RefreshTokenRowRepository extends GenericRepository<RefreshTokenRow, String> {

    RefreshTokenRow save(RefreshTokenRow row);

    Optional<RefreshTokenRow> findByTokenHashForUpdate(String tokenHash);

    @Query("UPDATE refresh_tokens SET used_at = :at WHERE id = :id")
    void markUsed(String id, Instant at);

    @Query("UPDATE refresh_tokens SET used_at = :at WHERE family_id = :familyId AND used_at IS NULL")
    void useUpFamily(String familyId, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE family_id = :familyId AND revoked_at IS NULL")
    void revokeFamily(String familyId, Instant at);

    @Query(value = "SELECT DISTINCT family_id FROM refresh_tokens WHERE user_id = :userId AND family_id <> :kept AND revoked_at IS NULL",
            readOnly = true)
    List<String> findLiveFamiliesOf(String userId, String kept);

    @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE user_id = :userId AND family_id <> :kept AND revoked_at IS NULL")
    void revokeFamiliesOf(String userId, String kept, Instant at);

    @Query(value = "SELECT DISTINCT family_id FROM refresh_tokens WHERE revoked_at >= :since", readOnly = true)
    List<String> findFamiliesRevokedSince(Instant since);
}
