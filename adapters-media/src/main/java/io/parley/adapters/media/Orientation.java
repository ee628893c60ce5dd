package io.parley.adapters.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * How a photo is meant to be shown, from its EXIF orientation (1–8): phones store the pixels as
 * the sensor read them and only record which way is up. Parley drops EXIF when it re-encodes an
 * image, so it turns the pixels itself.
 */
record Orientation(int code) {

    static final Orientation AS_STORED = new Orientation(1);

    /** The orientation a JPEG declares; as stored for any other image, or when it says nothing readable. */
    static Orientation of(Path image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                try (InputStream data = segment.data()) {
                    if (data.read() == -1) { // the pad byte after "Exif\0"
                        continue;
                    }
                    Directory exif = new TIFFReader().read(ImageIO.createImageInputStream(data));
                    Entry entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number value && value.intValue() >= 1 && value.intValue() <= 8) {
                        return new Orientation(value.intValue());
                    }
                }
            }
        } catch (IOException | RuntimeException notJpegOrBrokenExif) {
            // Shown as stored, like every viewer does with an orientation it cannot read.
        }
        return AS_STORED;
    }

    /** Orientations 5–8 turn the picture a quarter: its width is the stored height. */
    boolean swapsSides() {
        return code >= 5;
    }

    /** Maps the stored pixels of a {@code width} × {@code height} image onto the upright picture. */
    AffineTransform toUpright(int width, int height) {
        return switch (code) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);    // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);         // mirrored, a quarter
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);   // a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width); // mirrored, three quarters
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);    // a quarter anticlockwise
            default -> new AffineTransform();
        };
    }
}
