package io.parley.application.account.port;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.UserId;
import java.util.Optional;

public interface LoadCredentialsPort {

    Optional<Credentials> credentialsFor(EmailAddress email);

    record Credentials(UserId userId, String passwordHash) {
    }
}
