package io.parley.application.account;

import io.parley.domain.user.User;

/** The outcome of registering or logging in: who, and their fresh tokens. */
public record SignedIn(User user, SessionTokens tokens) {
}
