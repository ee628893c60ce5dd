package io.parley.application.port.in;

public interface RefreshSessionUseCase {

    /**
     * Exchanges a refresh token for new tokens. A token works once: presenting a used one
     * again revokes its whole family and is refused with {@code unauthorized}.
     */
    SessionTokens refresh(String refreshToken);
}
