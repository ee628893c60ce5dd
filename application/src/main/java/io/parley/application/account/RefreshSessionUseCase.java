package io.parley.application.account;

import io.parley.domain.session.RefreshToken;

public interface RefreshSessionUseCase {

    /**
     * Exchanges a refresh token for new tokens. A token works once: presenting a used one
     * again revokes its whole family and is refused with {@code unauthorized}.
     */
    SessionTokens refresh(RefreshCommand command);

    record RefreshCommand(String refreshToken) {

        public RefreshCommand {
            refreshToken = RefreshToken.validPresented(refreshToken);
        }
    }
}
