package io.parley.adapters.web.auth;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The web client's refresh token, kept where the page's scripts cannot read it (ADR 0010): an
 * {@code HttpOnly} cookie that only {@code /api/auth} ever receives. A client asks for it with the
 * {@value #MODE_HEADER} header; without the header the token travels in the JSON bodies as the
 * contract has it, and a cookie is neither set nor read. Because the cookie is only honoured with
 * that header, which no other site can add to a request without CORS allowing it, a forged
 * cross-site request can never spend it ({@code SameSite=Strict} keeps it off those anyway).
 */
final class RefreshCookie {

    static final String NAME = "parley_refresh";
    static final String MODE_HEADER = "X-Parley-Refresh";
    static final String MODE = "cookie";
    static final String PATH = "/api/auth";

    private RefreshCookie() {
    }

    static boolean requested(HttpRequest<?> request) {
        return MODE.equalsIgnoreCase(request.getHeaders().get(MODE_HEADER));
    }

    /** The refresh token in the cookie, if the client asked for cookie mode and sent one. */
    static Optional<String> presented(HttpRequest<?> request) {
        if (!requested(request)) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    /** Holds {@code token} until it expires. */
    static Cookie holding(HttpRequest<?> request, String token, Instant expiresAt) {
        Duration lifetime = Duration.between(Instant.now(), expiresAt);
        return attributes(request, Cookie.of(NAME, token)).maxAge(lifetime.isNegative() ? Duration.ZERO : lifetime);
    }

    /** Tells the browser to forget the cookie. */
    static Cookie cleared(HttpRequest<?> request) {
        return attributes(request, Cookie.of(NAME, "")).maxAge(0);
    }

    private static Cookie attributes(HttpRequest<?> request, Cookie cookie) {
        return cookie.path(PATH).httpOnly(true).sameSite(SameSite.Strict).secure(overHttps(request));
    }

    /**
     * {@code Secure} when the request came over TLS, or when the page that sent it was served over
     * HTTPS, which its {@code Origin} (sent with every POST from a browser) says even behind a proxy
     * that terminates TLS. A client that lies about its origin only changes its own cookie.
     */
    private static boolean overHttps(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        return request.isSecure() || (origin != null && origin.regionMatches(true, 0, "https://", 0, 8));
    }
}
