package io.parley.application.port.in;

import io.parley.domain.user.User;

/** The outcome of registering or logging in: who, and their fresh tokens. */
public record SignedIn(User user, SessionTokens tokens) {
}
