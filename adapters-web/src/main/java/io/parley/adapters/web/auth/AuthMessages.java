package io.parley.adapters.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.user.UserView;
import java.time.Instant;

/** The bodies of the {@code /api/auth} endpoints, as SPEC §3 names them, and of the password change. */
final class AuthMessages {

    private AuthMessages() {
    }

    @Serdeable
    record RegisterRequest(@Nullable String name, @Nullable String email, @Nullable String password) {
    }

    @Serdeable
    record LoginRequest(@Nullable String email, @Nullable String password) {
    }

    @Serdeable
    record RefreshRequest(@Nullable String refreshToken) {
    }

    /** {@code POST /api/users/me/password}: the JSON's {@code new} is a Java keyword, hence {@code next}. */
    @Serdeable
    record ChangePasswordRequest(@Nullable String current, @Nullable @JsonProperty("new") String next) {
    }

    /** {@code refreshToken} is left out when it went into the cookie (RefreshCookie). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SignedInResponse(String token, @Nullable String refreshToken, UserView user) {
    }

    /** {@code refreshToken} is left out when it went into the cookie (RefreshCookie). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokensResponse(String token, @Nullable String refreshToken) {
    }

    @Serdeable
    record WsTicketResponse(String ticket, Instant expiresAt) {
    }
}
