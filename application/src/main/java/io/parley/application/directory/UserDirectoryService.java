package io.parley.application.directory;

import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.Refusal;
import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.util.List;

/** Finding people and keeping one's own profile. */
public final class UserDirectoryService implements GetUserQuery, UpdateProfileUseCase, SearchUsersQuery {

    private final LoadUserPort users;
    private final SaveUserPort saveUser;
    private final RunInTransactionPort tx;

    public UserDirectoryService(LoadUserPort users, SaveUserPort saveUser, RunInTransactionPort tx) {
        this.users = users;
        this.saveUser = saveUser;
        this.tx = tx;
    }

    @Override
    public User get(UserId id) {
        return users.byId(id).orElseThrow(() -> Refusal.of(Refusal.Reason.NOT_FOUND, "No such user"));
    }

    @Override
    public User update(UpdateProfileCommand command) {
        return tx.inTransaction(() -> {
            User updated = get(command.user()).withProfile(command.name(), command.bio());
            saveUser.updateProfile(updated);
            return updated;
        });
    }

    @Override
    public List<User> search(UserSearch search) {
        if (search.text().isEmpty()) {
            return List.of();
        }
        if (EmailAddress.looksLikeOne(search.text())) {
            return users.byEmail(new EmailAddress(search.text()))
                    .filter(user -> !user.id().equals(search.caller()))
                    .map(List::of)
                    .orElse(List.of());
        }
        return users.byNameContaining(search.text(), search.caller(), search.limit());
    }
}
