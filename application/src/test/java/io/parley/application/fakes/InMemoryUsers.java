package io.parley.application.fakes;

import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.account.port.SaveCredentialsPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Accounts in a map: the fake behind {@link LoadUserPort}, {@link SaveUserPort} and {@link LoadCredentialsPort}. */
public class InMemoryUsers implements LoadUserPort, SaveUserPort, LoadCredentialsPort, SaveCredentialsPort {

    private final Map<UserId, User> users = new ConcurrentHashMap<>();
    private final Map<UserId, String> hashes = new ConcurrentHashMap<>();

    @Override
    public Optional<User> byId(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public List<User> byNameContaining(String text, UserId excluded, int limit) {
        String needle = text.toLowerCase(Locale.ROOT);
        return users.values().stream()
                .filter(u -> !u.id().equals(excluded))
                .filter(u -> u.name().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing((User u) -> !u.name().toLowerCase(Locale.ROOT).startsWith(needle))
                        .thenComparing(User::name))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean create(User user, String passwordHash) {
        if (byEmail(user.email()).isPresent()) {
            return false;
        }
        users.put(user.id(), user);
        hashes.put(user.id(), passwordHash);
        return true;
    }

    @Override
    public void updateProfile(User user) {
        users.computeIfPresent(user.id(), (id, old) -> user);
    }

    @Override
    public List<User> byIds(Collection<UserId> ids) {
        return ids.stream().map(users::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public void changeAvatar(UserId user, String avatarKey) {
        users.computeIfPresent(user, (id, u) -> u.withAvatar(avatarKey));
    }

    @Override
    public void recordLastSeen(UserId user, Instant at) {
        users.computeIfPresent(user, (id, u) -> new User(u.id(), u.name(), u.email(), u.bio(), u.createdAt(), at, u.avatarKey()));
    }

    @Override
    public void changePasswordHash(UserId user, String passwordHash) {
        hashes.put(user, passwordHash);
    }

    @Override
    public Optional<Credentials> credentialsFor(EmailAddress email) {
        return byEmail(email).map(u -> new Credentials(u.id(), hashes.get(u.id())));
    }
}
