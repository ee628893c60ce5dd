package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.parley.application.account.AuthSettings;
import java.time.Duration;

/** {@code parley.auth.*}, turned into the core's {@link AuthSettings}. */
@ConfigurationProperties("parley.auth")
record AuthProperties(Duration accessTokenTtl, Duration refreshTokenTtl, Duration wsTicketTtl,
                      int failedLoginsPerEmail, Duration emailWindow,
                      int attemptsPerAddress, Duration addressWindow) {

    AuthSettings toSettings() {
        return new AuthSettings(accessTokenTtl, refreshTokenTtl, wsTicketTtl, failedLoginsPerEmail, emailWindow,
                attemptsPerAddress, addressWindow);
    }
}
