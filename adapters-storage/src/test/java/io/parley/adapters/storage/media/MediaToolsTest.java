package io.parley.adapters.storage.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.port.out.InspectFilePort.Dimensions;
import io.parley.testing.MediaSamples;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaToolsTest {

    @TempDir
    Path dir;

    private final TikaFileInspector inspector = new TikaFileInspector();
    private final ImageIoRenderer renderer = new ImageIoRenderer();

    private Path file(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void types_come_from_the_bytes_not_the_name() throws Exception {
        assertEquals("image/png", inspector.detectType(file("photo.jpg", MediaSamples.image("png", 4, 4))));
        assertEquals("image/jpeg", inspector.detectType(file("x.bin", MediaSamples.image("jpeg", 4, 4))));
        assertEquals("image/gif", inspector.detectType(file("x", MediaSamples.image("gif", 4, 4))));
        assertEquals("application/pdf", inspector.detectType(file("report.txt", MediaSamples.pdf())));
        assertEquals("application/zip", inspector.detectType(file("a.png", MediaSamples.zip())));
        assertEquals("text/html", inspector.detectType(file("cat.png",
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))));
        assertEquals("text/plain", inspector.detectType(file("notes", "just some notes\nand more".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void dimensions_are_read_from_the_header_even_of_a_bomb() throws Exception {
        assertEquals(Optional.of(new Dimensions(64, 48)), inspector.dimensions(file("a.png", MediaSamples.image("png", 64, 48))));
        assertEquals(Optional.of(new Dimensions(100_000, 100_000)), inspector.dimensions(file("bomb.png", MediaSamples.pngBomb(100_000, 100_000))));
        assertEquals(Optional.empty(), inspector.dimensions(file("a.pdf", MediaSamples.pdf())));
    }

    @Test
    void a_rendered_image_fits_the_bound_and_keeps_no_metadata() throws Exception {
        Path photo = file("photo.jpg", MediaSamples.jpegWithExif("48.8584N,2.2945E"));
        assertTrue(new String(Files.readAllBytes(photo), StandardCharsets.ISO_8859_1).contains("48.8584N"));

        Path thumb = renderer.render(photo, 20, false, "jpeg");

        BufferedImage image = ImageIO.read(thumb.toFile());
        assertEquals(20, image.getWidth());
        assertEquals(15, image.getHeight());
        String bytes = new String(Files.readAllBytes(thumb), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("48.8584N"));
        assertFalse(bytes.contains("Exif"));
    }

    @Test
    void images_are_never_enlarged_and_squares_are_cropped_from_the_centre() throws Exception {
        Path small = file("s.png", MediaSamples.image("png", 10, 6));

        BufferedImage same = ImageIO.read(renderer.render(small, 320, false, "png").toFile());
        BufferedImage square = ImageIO.read(renderer.render(file("w.png", MediaSamples.image("png", 400, 200)), 128, true, "png").toFile());

        assertEquals(10, same.getWidth());
        assertEquals(6, same.getHeight());
        assertEquals(128, square.getWidth());
        assertEquals(128, square.getHeight());
    }
}
