package io.parley.adapters.media;

import io.parley.application.attachment.port.RenderImagePort;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Draws images anew with the JDK's ImageIO: the output holds pixels only, so EXIF (GPS position,
 * camera serial…) and any other metadata of the upload is gone. The one piece of EXIF a viewer
 * needs, which way is up, is applied to the pixels first. A big image is decoded subsampled, only
 * as finely as the rendering needs: a thumbnail of a 6000 px photo reads one pixel in 18.
 */
@Singleton
final class ImageIoRenderer implements RenderImagePort {

    @Override
    public Path render(Path image, int maxSide, boolean square, String formatName) {
        Decoded decoded = decode(image, Orientation.of(image), maxSide, square);
        try {
            return written(drawn(decoded, "jpeg".equals(formatName)), formatName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a rendered image", e);
        }
    }

    private record Decoded(BufferedImage pixels, Framing framing) {
    }

    private static Decoded decode(Path image, Orientation orientation, int maxSide, boolean square) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IIOException("no ImageIO reader knows this image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Framing framing = Framing.of(reader.getWidth(0), reader.getHeight(0), orientation, maxSide, square);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(framing.subsampling(), framing.subsampling(), 0, 0);
                return new Decoded(reader.read(0, param), framing);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException undecodable) {
            // The header was read before (InspectFilePort); the data behind it is damaged, cut short or not
            // what the header says. Decoders report that as I/O errors, and some as runtime exceptions.
            throw Refusal.of(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, "This image cannot be read");
        }
    }

    private static BufferedImage drawn(Decoded decoded, boolean jpeg) {
        Framing framing = decoded.framing();
        // A picture with no transparency needs no alpha channel: a quarter fewer bytes to encode.
        boolean opaque = jpeg || !decoded.pixels().getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(framing.outputWidth(), framing.outputHeight(),
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (jpeg) {
                g.setColor(Color.WHITE); // JPEG has no transparency: what was see-through becomes white
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
            }
            g.drawImage(decoded.pixels(), framing.placing(decoded.pixels().getWidth(), decoded.pixels().getHeight()), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Path written(BufferedImage image, String formatName) throws IOException {
        Path target = Files.createTempFile("parley-render-", "." + formatName);
        try {
            if (!ImageIO.write(image, formatName, target.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + formatName);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }
}
