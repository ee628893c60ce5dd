package io.parley.adapters.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.Refusal;
import io.parley.testing.MediaSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A header that reads is no promise that the pixels behind it decode. */
class UndecodableImagesTest {

    @TempDir
    Path dir;

    private final TikaFileInspector inspector = new TikaFileInspector();
    private final ImageIoRenderer renderer = new ImageIoRenderer();

    private static Set<Path> renderings() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("parley-render-")).collect(Collectors.toSet());
        }
    }

    @Test
    void an_image_whose_data_does_not_decode_is_refused_as_unreadable_and_leaves_no_file() throws Exception {
        Set<Path> before = renderings();
        for (Map.Entry<String, byte[]> sample : MediaSamples.undecodableImages().entrySet()) {
            Path image = Files.write(dir.resolve("upload.bin"), sample.getValue());
            String name = sample.getKey();
            assertTrue(inspector.detectType(image).startsWith("image/"), name);
            assertTrue(inspector.dimensions(image).isPresent(), name + ": its header reads");

            for (Runnable rendering : new Runnable[] {
                () -> renderer.render(image, 4096, false, "png"),
                () -> renderer.render(image, 320, false, "jpeg"),
                () -> renderer.render(image, 256, true, "png")}) {
                Refusal refusal = assertThrows(Refusal.class, rendering::run, name);
                assertEquals(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, refusal.reason(), name);
            }
        }
        Set<Path> left = renderings();
        left.removeAll(before);
        assertEquals(Set.of(), left, "temporary files left behind");
    }
}
