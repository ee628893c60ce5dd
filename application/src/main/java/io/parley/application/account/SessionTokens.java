package io.parley.application.account;

import java.time.Instant;

/** A short-lived access token and the refresh token that renews it. */
public record SessionTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken, Instant refreshTokenExpiresAt) {
}
