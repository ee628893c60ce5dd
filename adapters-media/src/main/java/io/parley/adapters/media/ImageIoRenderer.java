package io.parley.adapters.media;

import io.parley.application.attachment.port.RenderImagePort;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;

/**
 * Draws images anew with the JDK's ImageIO: the output holds pixels only, so EXIF (GPS position,
 * camera serial…) and any other metadata of the upload is gone. The one piece of EXIF a viewer
 * needs, which way is up, is applied to the pixels first.
 */
@Singleton
final class ImageIoRenderer implements RenderImagePort {

    @Override
    public Path render(Path image, int maxSide, boolean square, String formatName) {
        Orientation orientation = Orientation.of(image);
        BufferedImage source = decode(image);
        try {
            // Cropping and scaling work on the picture as it is shown, upright.
            int x = 0;
            int y = 0;
            int w = orientation.swapsSides() ? source.getHeight() : source.getWidth();
            int h = orientation.swapsSides() ? source.getWidth() : source.getHeight();
            if (square) {
                int side = Math.min(w, h);
                x = (w - side) / 2;
                y = (h - side) / 2;
                w = side;
                h = side;
            }
            double scale = Math.min(1.0, (double) maxSide / Math.max(w, h));
            int tw = Math.max(1, (int) Math.round(w * scale));
            int th = Math.max(1, (int) Math.round(h * scale));
            boolean jpeg = "jpeg".equals(formatName);
            BufferedImage out = new BufferedImage(tw, th, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                if (jpeg) {
                    g.setColor(Color.WHITE); // JPEG has no transparency: what was see-through becomes white
                    g.fillRect(0, 0, tw, th);
                }
                AffineTransform placing = AffineTransform.getScaleInstance((double) tw / w, (double) th / h);
                placing.translate(-x, -y);
                placing.concatenate(orientation.toUpright(source.getWidth(), source.getHeight()));
                g.drawImage(source, placing, null);
            } finally {
                g.dispose();
            }
            return written(out, formatName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a rendered image", e);
        }
    }

    private static BufferedImage decode(Path image) {
        try {
            BufferedImage source = ImageIO.read(image.toFile());
            if (source == null) {
                throw new IIOException("no ImageIO reader knows this image");
            }
            return source;
        } catch (IOException | RuntimeException undecodable) {
            // The header was read before (InspectFilePort); the data behind it is damaged, cut short or not
            // what the header says. Decoders report that as I/O errors, and some as runtime exceptions.
            throw Refusal.of(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, "This image cannot be read");
        }
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
