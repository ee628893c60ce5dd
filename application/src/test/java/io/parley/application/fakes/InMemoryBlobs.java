package io.parley.application.fakes;

import io.parley.application.attachment.port.StoreBlobPort;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Blobs in memory; signs URLs when asked to behave like S3. */
public class InMemoryBlobs implements StoreBlobPort {

    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final boolean signs;
    private volatile boolean reachable = true;

    public InMemoryBlobs(boolean signs) {
        this.signs = signs;
    }

    @Override
    public void put(String key, Path file, String contentType) {
        try {
            blobs.put(key, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Blob> open(String key) {
        return Optional.ofNullable(blobs.get(key)).map(b -> new Blob(new ByteArrayInputStream(b), b.length));
    }

    @Override
    public void delete(String key) {
        blobs.remove(key);
    }

    @Override
    public Optional<URI> signedUrl(String key, String contentType, String downloadName, boolean inline, Duration ttl) {
        return signs ? Optional.of(URI.create("https://blobs.example/" + key + "?ttl=" + ttl.toSeconds())) : Optional.empty();
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    /** Makes {@link #reachable()} answer as a store that is up, or down. */
    public void reachable(boolean up) {
        reachable = up;
    }

    public boolean has(String key) {
        return blobs.containsKey(key);
    }

    public int count() {
        return blobs.size();
    }
}
