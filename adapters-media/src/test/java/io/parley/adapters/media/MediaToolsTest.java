package io.parley.adapters.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.attachment.port.InspectFilePort.Dimensions;
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

    /** The rendering, read back; its temporary file is deleted, as the port's callers do. */
    private BufferedImage rendered(Path image, int maxSide, boolean square, String format) throws Exception {
        Path file = renderer.render(image, maxSide, square, format);
        try {
            return ImageIO.read(file.toFile());
        } finally {
            Files.delete(file);
        }
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
        Files.delete(thumb);
        assertFalse(bytes.contains("48.8584N"));
        assertFalse(bytes.contains("Exif"));
    }

    /** Which quarter of the upright picture is red: the sample is red in the stored top-left quarter. */
    private static String redQuarter(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        String[] names = {"top-left", "top-right", "bottom-left", "bottom-right"};
        int[][] centres = {{w / 4, h / 4}, {3 * w / 4, h / 4}, {w / 4, 3 * h / 4}, {3 * w / 4, 3 * h / 4}};
        String red = null;
        for (int i = 0; i < 4; i++) {
            java.awt.Color c = new java.awt.Color(image.getRGB(centres[i][0], centres[i][1]));
            if (c.getRed() > 200 && c.getBlue() < 60) {
                assertEquals(null, red, "one red quarter only");
                red = names[i];
            }
        }
        return red;
    }

    @Test
    void a_photo_is_turned_the_way_its_exif_orientation_says_and_measured_as_shown() throws Exception {
        // The stored top-left corner lands where each orientation puts it (EXIF 2.3, table of Orientation).
        String[] redAfter = {null, "top-left", "top-right", "bottom-right", "bottom-left", "top-left", "top-right", "bottom-right", "bottom-left"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            Path photo = file("o" + orientation + ".jpg", MediaSamples.jpegWithOrientation(64, 48, orientation));
            boolean quarterTurn = orientation >= 5;

            BufferedImage shown = rendered(photo, 1000, false, "jpeg");
            BufferedImage thumbnail = rendered(photo, 32, false, "png");

            String turn = "orientation " + orientation;
            assertEquals(Optional.of(quarterTurn ? new Dimensions(48, 64) : new Dimensions(64, 48)), inspector.dimensions(photo), turn);
            assertEquals(quarterTurn ? 48 : 64, shown.getWidth(), turn);
            assertEquals(quarterTurn ? 64 : 48, shown.getHeight(), turn);
            assertEquals(redAfter[orientation], redQuarter(shown), turn);
            assertEquals(quarterTurn ? 24 : 32, thumbnail.getWidth(), turn);
            assertEquals(redAfter[orientation], redQuarter(thumbnail), turn);
        }
    }

    @Test
    void an_exif_segment_that_is_not_tiff_leaves_the_image_as_stored() throws Exception {
        Path photo = file("odd.jpg", MediaSamples.jpegWithExif("not a directory"));

        assertEquals(Optional.of(new Dimensions(40, 30)), inspector.dimensions(photo));
        assertEquals(40, rendered(photo, 100, false, "jpeg").getWidth());
    }

    @Test
    void a_transparent_png_stays_transparent_and_becomes_white_as_jpeg() throws Exception {
        BufferedImage logo = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB); // see-through
        logo.setRGB(0, 0, 0xFF00FF00);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);
        Path file = file("logo.png", png.toByteArray());

        BufferedImage asPng = rendered(file, 40, false, "png");
        BufferedImage asJpeg = rendered(file, 40, false, "jpeg");

        assertEquals(0, asPng.getRGB(20, 20) >>> 24, "alpha of a see-through pixel");
        assertEquals(0xFFFFFF, asJpeg.getRGB(20, 20) & 0xFFFFFF);
    }

    @Test
    void images_are_never_enlarged_and_squares_are_cropped_from_the_centre() throws Exception {
        Path small = file("s.png", MediaSamples.image("png", 10, 6));

        BufferedImage same = rendered(small, 320, false, "png");
        BufferedImage square = rendered(file("w.png", MediaSamples.image("png", 400, 200)), 128, true, "png");

        assertEquals(10, same.getWidth());
        assertEquals(6, same.getHeight());
        assertEquals(128, square.getWidth());
        assertEquals(128, square.getHeight());
    }
}
