package io.parley.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.user.UserView;
import java.time.Instant;

/** The bodies of the {@code /api/auth} endpoints, as SPEC §3 names them. */
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

    @Serdeable
    record SignedInResponse(String token, String refreshToken, UserView user) {
    }

    @Serdeable
    record TokensResponse(String token, String refreshToken) {
    }

    @Serdeable
    record WsTicketResponse(String ticket, Instant expiresAt) {
    }
}
