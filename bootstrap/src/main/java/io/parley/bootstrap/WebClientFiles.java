package io.parley.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.types.files.StreamedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The web client: Next.js's static export, packed into the jar's {@code public/} (or read from
 * {@code parley.web-client.root}, e.g. {@code file:frontend/out} while working on it). Micronaut's
 * static resources serve its files; pages are directories with an {@code index.html}, which
 * Micronaut does not resolve inside a jar, so this filter answers them, and every other HTML file
 * too, since each needs a policy made for it. It also sets the cache and security headers of
 * everything it serves. Not a catch-all route: that would compete with the API's.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class WebClientFiles {

    /** Next.js puts a content hash in the name of everything here: it may be kept for a year. */
    static final String HASHED_ASSETS = "/_next/static/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Pages and their .txt route payloads keep their names across releases: always revalidated. */
    static final String REVALIDATE = "no-cache";
    /** Powerful features the client never uses: no script on the page may ask for them either. */
    static final String PERMISSIONS = "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    private final ResourceResolver resources;
    private final String root;
    private final ContentSecurityPolicy policy;

    WebClientFiles(ResourceResolver resources, @Value("${parley.web-client.root:classpath:public}") String root,
                   ContentSecurityPolicy policy) {
        this.resources = resources;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.policy = policy;
    }

    /** Answers page requests itself; everything else goes on to the routes and static files. */
    @RequestFilter
    @Nullable
    HttpResponse<?> pages(HttpRequest<?> request) {
        String path = request.getPath();
        if (!isClientRequest(request) || path.contains("..") || path.contains("\\")) {
            return null;
        }
        if (path.endsWith("/") || path.endsWith(".html")) {
            Optional<Page> page = page(path.endsWith("/") ? path + "index.html" : path);
            if (page.isPresent()) {
                return answer(request, HttpStatus.OK, page.get());
            }
            return page("/404.html").map(notFound -> answer(request, HttpStatus.NOT_FOUND, notFound)).orElse(null);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (!last.contains(".") && resource(path + "/index.html").isPresent()) {
            // A page asked for without its trailing slash: its relative links need the slash.
            String query = request.getUri().getRawQuery();
            return HttpResponse.permanentRedirect(URI.create(path + "/" + (query == null ? "" : "?" + query)));
        }
        return null;
    }

    /** The files Micronaut serves get the headers of the pages served here, with a policy that allows no inline script. */
    @ResponseFilter
    void headers(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean served = response.status() == HttpStatus.OK || response.status() == HttpStatus.NOT_MODIFIED;
        if (isClientRequest(request) && served) {
            withHeaders(request.getPath(), response, policy.forFile());
        }
    }

    private static MutableHttpResponse<?> withHeaders(String path, MutableHttpResponse<?> response, String contentSecurityPolicy) {
        // Cache-Control wins over the Expires header Micronaut adds to files.
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, path.startsWith(HASHED_ASSETS) ? IMMUTABLE : REVALIDATE);
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        response.getHeaders().set("Content-Security-Policy", contentSecurityPolicy);
        // Parley reads no Referer, and where a self-hosted server lives is nobody else's business.
        response.getHeaders().set("Referrer-Policy", "no-referrer");
        response.getHeaders().set("Permissions-Policy", PERMISSIONS);
        // No window of another site, one that opened the client or one it opened, keeps a handle on it.
        response.getHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
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

    /**
     * A page is read whole on every request (a few kB, and a browser loads one per visit) so that
     * its policy is made from the very bytes it is served with, even when the files are replaced.
     */
    private Optional<Page> page(String path) {
        return resource(path).map(url -> {
            try {
                URLConnection connection = url.openConnection();
                try (InputStream in = connection.getInputStream()) {
                    return new Page(path, in.readAllBytes(), connection.getLastModified());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the web client's " + path, e);
            }
        });
    }

    private MutableHttpResponse<?> answer(HttpRequest<?> request, HttpStatus status, Page page) {
        StreamedFile file = new StreamedFile(new ByteArrayInputStream(page.html()), MediaType.TEXT_HTML_TYPE, page.lastModified(),
                page.html().length);
        String contentSecurityPolicy = policy.forPage(InlineScripts.hashSources(new String(page.html(), StandardCharsets.UTF_8)),
                request.getHeaders().get(HttpHeaders.HOST));
        return withHeaders(page.path(), HttpResponse.status(status).body(file), contentSecurityPolicy);
    }

    private record Page(String path, byte[] html, long lastModified) {
    }
}
