package io.parley.application.directory.port;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface LoadUserPort {

    Optional<User> byId(UserId id);

    Optional<User> byEmail(EmailAddress email);

    List<User> byIds(Collection<UserId> ids);

    /** Users other than {@code excluded} whose name contains {@code text}, prefix matches first, then by name. */
    List<User> byNameContaining(String text, UserId excluded, int limit);
}
