package io.parley.adapters.storage.local;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.parley.application.attachment.port.StoreBlobPort;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** {@code STORAGE=local} (the default): blobs under {@code UPLOAD_DIR}, by default {@code DATA_DIR/uploads}. */
@Factory
final class LocalStorageFactory {

    @Singleton
    @Requires(property = "parley.storage.kind", value = "local", defaultValue = "local")
    StoreBlobPort localBlobStore(@Value("${parley.storage.local.root:}") String root, @Value("${parley.data-dir:./data}") Path dataDir) {
        return new LocalBlobStore(root.isBlank() ? dataDir.resolve("uploads") : Path.of(root));
    }
}
