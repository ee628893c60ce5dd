package io.parley.application.directory;

import io.parley.domain.user.User;
import io.parley.domain.user.UserId;

public interface UpdateProfileUseCase {

    User update(UpdateProfileCommand command);

    /** {@code name} and {@code bio} are optional; an absent one stays as it was. */
    record UpdateProfileCommand(UserId user, String name, String bio) {
    }
}
