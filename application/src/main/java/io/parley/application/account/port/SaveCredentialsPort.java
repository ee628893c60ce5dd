package io.parley.application.account.port;

import io.parley.domain.user.UserId;

public interface SaveCredentialsPort {

    void changePasswordHash(UserId user, String passwordHash);
}
