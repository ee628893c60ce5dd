package io.parley.adapters.web.attachment;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams an upload to a temporary file, counting, and gives up the moment it is too big. */
@Singleton
public final class UploadLimit {

    private final long maxBytes;

    UploadLimit(@Value("${parley.attachments.max-bytes:26214400}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Path receive(StreamingFileUpload file) {
        Path temp;
        try {
            temp = Files.createTempFile("parley-upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = file.asInputStream(); OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE, "Files may be at most " + maxBytes + " bytes");
                }
                out.write(buffer, 0, read);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp directory
        }
    }
}
