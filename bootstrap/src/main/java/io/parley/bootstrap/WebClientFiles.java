package io.parley.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.types.files.StreamedFile;
import java.net.URI;
import java.net.URL;
import java.util.Optional;

/**
 * The web client: Next.js's static export, packed into the jar's {@code public/} (or read from
 * {@code parley.web-client.root}, e.g. {@code file:frontend/out} while working on it). Micronaut's
 * static resources serve its files; pages are directories with an {@code index.html}, which
 * Micronaut does not resolve inside a jar, so this filter answers them. It also sets the cache
 * headers of everything it serves. Not a catch-all route: that would compete with the API's.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class WebClientFiles {

    /** Next.js puts a content hash in the name of everything here: it may be kept for a year. */
    static final String HASHED_ASSETS = "/_next/static/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Pages and their .txt route payloads keep their names across releases: always revalidated. */
    static final String REVALIDATE = "no-cache";

    private final ResourceResolver resources;
    private final String root;

    WebClientFiles(ResourceResolver resources, @Value("${parley.web-client.root:classpath:public}") String root) {
        this.resources = resources;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
    }

    /** Answers page requests itself; everything else goes on to the routes and static files. */
    @RequestFilter
    @Nullable
    HttpResponse<?> pages(HttpRequest<?> request) {
        String path = request.getPath();
        if (!isClientRequest(request) || path.contains("..") || path.contains("\\")) {
            return null;
        }
        if (path.endsWith("/")) {
            Optional<URL> index = resource(path + "index.html");
            if (index.isPresent()) {
                return withHeaders(path, HttpResponse.ok(new StreamedFile(index.get())));
            }
            return resource("/404.html").map(page -> withHeaders(path, HttpResponse.status(HttpStatus.NOT_FOUND).body(new StreamedFile(page))))
                    .orElse(null);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (!last.contains(".") && resource(path + "/index.html").isPresent()) {
            // A page asked for without its trailing slash: its relative links need the slash.
            String query = request.getUri().getRawQuery();
            return HttpResponse.permanentRedirect(URI.create(path + "/" + (query == null ? "" : "?" + query)));
        }
        return null;
    }

    /** The files Micronaut serves get the same headers as the pages served here. */
    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean served = response.status() == HttpStatus.OK || response.status() == HttpStatus.NOT_MODIFIED;
        if (isClientRequest(request) && served) {
            withHeaders(request.getPath(), response);
        }
    }

    private static MutableHttpResponse<?> withHeaders(String path, MutableHttpResponse<?> response) {
        // Cache-Control wins over the Expires header Micronaut adds to files.
        response.getHeaders().set("Cache-Control", path.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Referrer-Policy", "same-origin");
        // Nobody may frame the client (clickjacking).
        response.getHeaders().set("Content-Security-Policy", "frame-ancestors 'none'");
        return response;
    }

    /**
     * A page read: GET or HEAD outside {@code /api} and {@code /ws}. Not the stand-in Micronaut
     * makes for a request whose target it cannot parse ({@code ?q=%}): a request for {@code /}
     * without a single header, which every real HTTP/1.1 request has (Host). That one is an error
     * to answer with a 400 problem, not with the web client's page.
     */
    private static boolean isClientRequest(HttpRequest<?> request) {
        String path = request.getPath();
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        boolean real = !request.getHeaders().isEmpty();
        return read && real && !path.equals("/api") && !path.startsWith("/api/") && !path.equals("/ws");
    }

    private Optional<URL> resource(String path) {
        return resources.getResource(root + path);
    }
}
