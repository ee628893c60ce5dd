package io.parley.bootstrap;

import io.micronaut.core.annotation.Nullable;
import io.parley.application.attachment.port.StoreBlobPort;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The web client's Content-Security-Policy (ADR 0010). Scripts come from Parley only, plus the
 * inline scripts of the page being served, allowed by their hashes; nothing may frame the client,
 * change its base URL, embed plugins or post forms elsewhere. The page talks to its own origin, over
 * HTTP and its WebSocket, and with {@code STORAGE=s3} to the bucket, whose signed URLs its fetches
 * of attachments follow.
 */
@Singleton
final class ContentSecurityPolicy {

    /** A Host header fit to be put into a policy: a name or an address, and a port. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?");

    private final String bucket;

    ContentSecurityPolicy(StoreBlobPort blobs) {
        // Whatever origin the store signs URLs for (AWS's virtual hosts, an AWS_ENDPOINT_URL): ask it.
        this.bucket = blobs.signedUrl("content-security-policy", "application/octet-stream", "probe", false, Duration.ofMinutes(1))
                .map(ContentSecurityPolicy::originOf).orElse("");
    }

    /** For a page whose inline scripts have these hash sources, requested with this Host header. */
    String forPage(List<String> inlineScriptHashes, @Nullable String host) {
        String scripts = inlineScriptHashes.isEmpty() ? "" : " " + String.join(" ", inlineScriptHashes);
        return "default-src 'self'"
                + "; script-src 'self'" + scripts
                // React writes style attributes and Next.js's not-found page an inline <style>; CSS runs no script.
                + "; style-src 'self' 'unsafe-inline'"
                // Attachments and avatars are shown through object URLs (they need the bearer token).
                + "; img-src 'self' blob:"
                + "; connect-src 'self'" + webSocketOf(host) + (bucket.isEmpty() ? "" : " " + bucket)
                + "; object-src 'none'"
                + "; base-uri 'none'"
                + "; form-action 'self'"
                + "; frame-ancestors 'none'";
    }

    /** For everything else Parley serves to browsers: no inline script at all. */
    String forFile() {
        return forPage(List.of(), null);
    }

    /**
     * 'self' covers the page's own WebSocket in current browsers (CSP 3); Safari before 16 needs it
     * named. The host is the one the browser asked for, so it is the page's own.
     */
    private static String webSocketOf(@Nullable String host) {
        return host != null && HOST.matcher(host).matches() ? " ws://" + host + " wss://" + host : "";
    }

    private static String originOf(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }
}
