package io.parley.adapters.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.MediaSamples;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small picture of a huge image reads only the pixels it shows (ImageIO source subsampling). */
class HugeImagesTest {

    private static final com.sun.management.ThreadMXBean THREAD = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    private final ImageIoRenderer renderer = new ImageIoRenderer();

    /** Bytes this thread allocated to render {@code image} (ImageIO decodes on the caller's thread). */
    private long allocatedToRender(Path image, int maxSide, boolean square) throws Exception {
        long before = THREAD.getCurrentThreadAllocatedBytes();
        Path rendered = renderer.render(image, maxSide, square, "png");
        long allocated = THREAD.getCurrentThreadAllocatedBytes() - before;
        Files.delete(rendered);
        return allocated;
    }

    @Test
    void a_thumbnail_or_an_avatar_of_a_36_megapixel_png_never_holds_its_36_million_pixels() throws Exception {
        Path huge = Files.write(dir.resolve("huge.png"), MediaSamples.image("png", 6000, 6000));
        long onePixelPerByte = 6000L * 6000;

        long thumbnail = allocatedToRender(huge, 320, false);
        long avatar = allocatedToRender(huge, 256, true);

        // Decoding it whole takes three bytes a pixel (108 MB); read one row and column in 18, it is 0.3 MB.
        assertTrue(thumbnail < onePixelPerByte / 4, "thumbnail allocated " + thumbnail + " bytes");
        assertTrue(avatar < onePixelPerByte / 4, "avatar allocated " + avatar + " bytes");
    }

    @Test
    void a_big_photo_read_in_part_is_still_turned_the_way_its_exif_says() throws Exception {
        // The stored top-left corner (red) lands where each orientation puts it (EXIF 2.3), as in MediaToolsTest, at steps of 30.
        String[] redAfter = {null, "top-left", "top-right", "bottom-right", "bottom-left", "top-left", "top-right", "bottom-right", "bottom-left"};
        for (int orientation = 1; orientation <= 8; orientation++) {
            Path photo = Files.write(dir.resolve("o" + orientation + ".jpg"), MediaSamples.jpegWithOrientation(1200, 900, orientation));
            String turn = "orientation " + orientation;

            Path rendered = renderer.render(photo, 40, false, "jpeg");
            BufferedImage thumbnail = ImageIO.read(rendered.toFile());
            Files.delete(rendered);

            assertEquals(orientation >= 5 ? 30 : 40, thumbnail.getWidth(), turn);
            assertEquals(orientation >= 5 ? 40 : 30, thumbnail.getHeight(), turn);
            assertEquals(redAfter[orientation], redQuarter(thumbnail), turn);
        }
    }

    /** Which quarter of the picture is red; the others are blue. */
    private static String redQuarter(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        String[] names = {"top-left", "top-right", "bottom-left", "bottom-right"};
        int[][] centres = {{w / 4, h / 4}, {3 * w / 4, h / 4}, {w / 4, 3 * h / 4}, {3 * w / 4, 3 * h / 4}};
        String red = null;
        for (int i = 0; i < 4; i++) {
            Color c = new Color(image.getRGB(centres[i][0], centres[i][1]));
            if (c.getRed() > 200 && c.getBlue() < 60) {
                assertEquals(null, red, "one red quarter only");
                red = names[i];
            }
        }
        return red;
    }
}
