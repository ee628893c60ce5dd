package io.parley.application.directory;

import io.parley.domain.user.User;
import io.parley.domain.user.UserId;

public interface GetUserQuery {

    /** The user, or {@code not_found}. */
    User get(UserId id);
}
