package io.parley.adapters.media;

import io.parley.application.attachment.port.InspectFilePort;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * What a file is, from its bytes (Apache Tika's magic-number detection), and an image's size as
 * shown (EXIF orientation applied) from its header alone — an image is never decoded before its
 * dimensions have been checked.
 */
@Singleton
final class TikaFileInspector implements InspectFilePort {

    private final Tika tika = new Tika();

    @Override
    public String detectType(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload", e);
        }
    }

    @Override
    public Optional<Dimensions> dimensions(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return Optional.of(Orientation.of(file).swapsSides() ? new Dimensions(height, width) : new Dimensions(width, height));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
