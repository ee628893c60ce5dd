package io.parley.adapters.storage.local;

import io.parley.application.attachment.port.StoreBlobPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Blobs as files under one root directory. Keys are Parley's own random names, never a client's
 * path, and are checked to stay below the root anyway. A blob is written to a temporary file
 * beside its place and moved in, so a crash never leaves a half file under a real key.
 */
public final class LocalBlobStore implements StoreBlobPort {

    private static final Pattern SAFE_KEY = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*(/[a-zA-Z0-9][a-zA-Z0-9._-]*)*");

    private final Path root;

    public LocalBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IllegalStateException("UPLOAD_DIR: cannot create " + this.root + " (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(this.root)) {
            throw new IllegalStateException("UPLOAD_DIR: " + this.root + " is not writable");
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".partial-", ".tmp");
            try {
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a blob", e);
        }
    }

    @Override
    public Optional<Blob> open(String key) {
        Path file = resolve(key);
        try {
            long size = Files.size(file);
            InputStream content = Files.newInputStream(file);
            return Optional.of(new Blob(content, size));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a blob", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a blob", e);
        }
    }

    /** Local files are streamed through Parley, which checks access on every request. */
    @Override
    public Optional<URI> signedUrl(String key, String contentType, String downloadName, boolean inline, Duration ttl) {
        return Optional.empty();
    }

    @Override
    public boolean reachable() {
        return Files.isDirectory(root) && Files.isWritable(root);
    }

    private Path resolve(String key) {
        if (key == null || !SAFE_KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        return path;
    }
}
