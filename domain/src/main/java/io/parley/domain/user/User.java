package io.parley.domain.user;

import io.parley.domain.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A person with an account: who they are to others, and when they were last around.
 *
 * @param avatarKey where their avatar image is stored; null without one
 */
public record User(UserId id, String name, EmailAddress email, String bio, Instant createdAt, Instant lastSeenAt, String avatarKey) {

    public static final int NAME_MAX = 64;
    public static final int BIO_MAX = 500;

    public User {
        Objects.requireNonNull(id);
        Objects.requireNonNull(email);
        Objects.requireNonNull(createdAt);
        name = validName(name);
        bio = validBio(bio);
    }

    public static User register(UserId id, String name, EmailAddress email, Instant now) {
        return new User(id, name, email, "", now, null, null);
    }

    /** The same person with a changed profile; absent values keep what was there. */
    public User withProfile(String newName, String newBio) {
        return new User(id, newName == null ? name : newName, email, newBio == null ? bio : newBio, createdAt, lastSeenAt, avatarKey);
    }

    public User withAvatar(String key) {
        return new User(id, name, email, bio, createdAt, lastSeenAt, key);
    }

    public static String validName(String name) {
        return Text.require("name", name, 1, NAME_MAX, "");
    }

    private static String validBio(String bio) {
        return bio == null ? "" : Text.require("bio", bio, 0, BIO_MAX, "\n");
    }
}
