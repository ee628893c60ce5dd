package io.parley.adapters.web.socket.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.parley.domain.Refusal;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A browser's WebSocket upgrade must come from Parley's own origin or one that {@code CORS_ORIGIN}
 * lists: otherwise any web page could open a socket with a visitor's ticket. Clients that are not
 * browsers send no {@code Origin} and are not affected.
 * <p>Own origin means the same host and port, and a scheme no weaker than the connection's: a
 * page served over plain HTTP may not open a socket that arrived over TLS. An HTTPS page may open
 * one that arrives as plain HTTP, which is what a proxy that terminates TLS forwards.
 */
@ServerFilter("/ws")
final class OriginCheck {

    private final Set<String> allowed;

    OriginCheck(@Value("${parley.http.allowed-origins:}") List<String> allowedOrigins) {
        this.allowed = allowedOrigins.stream().flatMap(o -> Arrays.stream(o.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).map(OriginCheck::normalised).collect(Collectors.toSet());
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null) {
            return;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (!allowed.contains(normalised(origin)) && !sameOrigin(origin, host, request.isSecure())) {
            throw Refusal.of(Refusal.Reason.FORBIDDEN, "This origin may not open a socket here");
        }
    }

    private static boolean sameOrigin(String origin, String host, boolean secure) {
        try {
            URI uri = URI.create(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean schemeFits = scheme.equals("https") || (scheme.equals("http") && !secure);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return schemeFits && host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String normalised(String origin) {
        return origin.strip().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    }
}
