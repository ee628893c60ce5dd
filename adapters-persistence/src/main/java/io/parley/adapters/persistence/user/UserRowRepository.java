package io.parley.adapters.persistence.user;

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
interface UserRowRepository extends GenericRepository<UserRow, String> {

    Optional<UserRow> findById(String id);

    Optional<UserRow> findByEmail(String email);

    UserRow save(UserRow row);

    List<UserRow> findByIdIn(Collection<String> ids);

    @Query("UPDATE users SET password_hash = :passwordHash WHERE id = :id")
    void changePasswordHash(String id, String passwordHash);

    @Query("UPDATE users SET avatar_key = :avatarKey WHERE id = :id")
    void changeAvatar(String id, String avatarKey);

    @Query("UPDATE users SET last_seen_at = :at WHERE id = :id")
    void recordLastSeen(String id, Instant at);

    @Query("UPDATE users SET name = :name, bio = :bio WHERE id = :id")
    void updateProfile(String id, String name, String bio);

    // The collation is case-insensitive, so LIKE matches "ann" in "Annika".
    @Query("""
            SELECT * FROM users
            WHERE id <> :excludedId AND name LIKE :contains
            ORDER BY CASE WHEN name LIKE :startsWith THEN 0 ELSE 1 END, name, id
            LIMIT :limit""")
    List<UserRow> searchByName(String contains, String startsWith, String excludedId, int limit);
}
