package io.parley.adapters.persistence.user;

import io.micronaut.data.exceptions.DataAccessException;
import io.parley.adapters.persistence.DuplicateKeys;
import io.parley.adapters.persistence.LikePatterns;
import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.account.port.SaveCredentialsPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
final class JdbcUserStore implements LoadUserPort, SaveUserPort, LoadCredentialsPort, SaveCredentialsPort {

    private final UserRowRepository rows;
    private final UserRowMapper mapper;

    JdbcUserStore(UserRowRepository rows, UserRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return rows.findById(id.value()).map(mapper::toUser);
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return rows.findByEmail(email.value()).map(mapper::toUser);
    }

    @Override
    public List<User> byIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows.findByIdIn(ids.stream().map(UserId::value).toList()).stream().map(mapper::toUser).toList();
    }

    @Override
    public void changeAvatar(UserId user, String avatarKey) {
        rows.changeAvatar(user.value(), avatarKey);
    }

    @Override
    public void recordLastSeen(UserId user, Instant at) {
        rows.recordLastSeen(user.value(), at);
    }

    @Override
    public List<User> byNameContaining(String text, UserId excluded, int limit) {
        return rows.searchByName(LikePatterns.containing(text), LikePatterns.literal(text) + "%", excluded.value(), limit).stream()
                .map(mapper::toUser)
                .toList();
    }

    @Override
    public Optional<Credentials> credentialsFor(EmailAddress email) {
        return rows.findByEmail(email.value()).map(row -> new Credentials(new UserId(row.id()), row.passwordHash()));
    }

    @Override
    public void changePasswordHash(UserId user, String passwordHash) {
        rows.changePasswordHash(user.value(), passwordHash);
    }

    @Override
    public boolean create(User user, String passwordHash) {
        try {
            rows.save(mapper.toRow(user, passwordHash));
            return true;
        } catch (DataAccessException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void updateProfile(User user) {
        rows.updateProfile(user.id().value(), user.name(), user.bio());
    }
}
