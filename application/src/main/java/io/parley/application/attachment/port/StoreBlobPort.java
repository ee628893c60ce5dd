package io.parley.application.attachment.port;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the bytes of attachments live: local disk or an S3-compatible bucket. A store that cannot
 * be reached refuses with {@code UNAVAILABLE}.
 */
public interface StoreBlobPort {

    /** Stores the file under {@code key}; a reader never sees a half-written blob. */
    void put(String key, Path file, String contentType);

    /** The stored bytes, if there are any under {@code key}. */
    Optional<Blob> open(String key);

    void delete(String key);

    /**
     * A short-lived URL the client can fetch the bytes from directly, for stores that can sign
     * one (S3); empty when the bytes must be streamed through Parley (local disk).
     */
    Optional<URI> signedUrl(String key, String contentType, String downloadName, boolean inline, Duration ttl);

    /** Whether the store answers now: false, never an exception, when it cannot be reached. Bounded to a few seconds. */
    boolean reachable();

    record Blob(InputStream content, long size) {
    }
}
