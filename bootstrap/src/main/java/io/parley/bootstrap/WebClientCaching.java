package io.parley.bootstrap;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Cache and framing headers for the web client's static files. Next.js puts a content hash in the
 * name of everything under {@code /_next/static/}, so those may be kept for a year; the pages and
 * their {@code .txt} payloads keep their names across releases and must be revalidated, or a
 * browser would run an old page against new hashed assets after an upgrade.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class WebClientCaching {

    static final String HASHED_ASSETS = "/_next/static/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        boolean served = response.status() == HttpStatus.OK || response.status() == HttpStatus.NOT_MODIFIED;
        if (!read || !served || path.startsWith("/api/") || path.equals("/ws")) {
            return;
        }
        // Cache-Control wins over the Expires header Micronaut adds to files.
        response.getHeaders().set("Cache-Control", path.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Referrer-Policy", "same-origin");
        // Nobody may frame the client (clickjacking); scripts and connections are the app's own concern.
        response.getHeaders().set("Content-Security-Policy", "frame-ancestors 'none'");
    }
}
