package io.parley.application.account;

import java.time.Duration;

/**
 * How long credentials live and how hard the doors are guarded.
 *
 * @param failedLoginsPerEmail  failed logins allowed for one email per {@code emailWindow}
 * @param attemptsPerAddress    registrations and failed logins allowed from one client address per {@code addressWindow}
 */
public record AuthSettings(Duration accessTokenTtl, Duration refreshTokenTtl, Duration wsTicketTtl,
                           int failedLoginsPerEmail, Duration emailWindow,
                           int attemptsPerAddress, Duration addressWindow) {

    public static final Duration MAX_WS_TICKET_TTL = Duration.ofSeconds(60);

    public AuthSettings {
        requirePositive("access token lifetime", accessTokenTtl);
        requirePositive("refresh token lifetime", refreshTokenTtl);
        requirePositive("ws ticket lifetime", wsTicketTtl);
        requirePositive("email window", emailWindow);
        requirePositive("address window", addressWindow);
        if (wsTicketTtl.compareTo(MAX_WS_TICKET_TTL) > 0) {
            throw new IllegalArgumentException("a ws ticket may live at most " + MAX_WS_TICKET_TTL.toSeconds() + " s");
        }
        if (failedLoginsPerEmail < 1 || attemptsPerAddress < 1) {
            throw new IllegalArgumentException("attempt limits must be at least 1");
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofSeconds(60),
                5, Duration.ofMinutes(15), 20, Duration.ofMinutes(10));
    }

    private static void requirePositive(String what, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
