package io.parley.application.fakes;

import io.parley.domain.user.EmailAddress;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/** {@code aUser().named("ann").build()}: a valid user whose unimportant details are filled in. */
public final class UserBuilder {

    private String id = UUID.randomUUID().toString();
    private String name = "Ann Example";
    private String email;
    private String bio = "";
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

    private UserBuilder() {
    }

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    public UserBuilder named(String name) {
        this.name = name;
        return this;
    }

    public UserBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public UserBuilder withBio(String bio) {
        this.bio = bio;
        return this;
    }

    public UserBuilder withId(String id) {
        this.id = id;
        return this;
    }

    public User build() {
        String address = email != null ? email : "user-" + id.substring(0, 8) + "@example.test";
        return new User(new UserId(id), name, new EmailAddress(address), bio, createdAt, null, null);
    }
}
