package io.parley.adapters.storage.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.attachment.port.StoreBlobPort.Blob;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalBlobStoreTest {

    @TempDir
    Path root;
    @TempDir
    Path uploads;

    private Path file(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(uploads, "up", ".bin"), bytes);
    }

    @Test
    void the_store_is_reachable_while_its_root_is_there() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root.resolve("blobs"));
        assertTrue(store.reachable());

        Files.delete(root.resolve("blobs"));

        assertFalse(store.reachable());
    }

    @Test
    void a_blob_is_stored_read_back_and_deleted() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        byte[] bytes = "hello, world".getBytes();

        store.put("ab/cd/blob-1", file(bytes), "text/plain");

        Blob blob = store.open("ab/cd/blob-1").orElseThrow();
        try (InputStream in = blob.content()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertEquals(bytes.length, blob.size());
        store.delete("ab/cd/blob-1");
        assertTrue(store.open("ab/cd/blob-1").isEmpty());
    }

    @Test
    void storing_leaves_no_partial_files_behind() throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);

        store.put("k/blob", file(new byte[100_000]), "application/zip");
        store.put("k/blob", file(new byte[10]), "application/zip");

        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
        assertEquals(10, store.open("k/blob").orElseThrow().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "/etc/passwd", "a/../../b", "a//b", ".hidden", "a\\b", "", "a/ b"})
    void keys_that_could_leave_the_root_are_refused(String key) throws Exception {
        LocalBlobStore store = new LocalBlobStore(root);
        Path file = file(new byte[1]);

        assertThrows(IllegalArgumentException.class, () -> store.put(key, file, "text/plain"));
        assertThrows(IllegalArgumentException.class, () -> store.open(key));
    }

    @Test
    void local_blobs_have_no_signed_urls() {
        assertTrue(new LocalBlobStore(root).signedUrl("k", "image/png", "a.png", true, Duration.ofMinutes(5)).isEmpty());
    }

    @Test
    void an_unusable_root_stops_start_up_naming_the_variable() throws Exception {
        Path notADirectory = Files.createFile(root.resolve("file"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new LocalBlobStore(notADirectory.resolve("x")));
        assertTrue(e.getMessage().startsWith("UPLOAD_DIR"), e.getMessage());
    }
}
