package io.parley.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files of each kind, made in memory, for the media tests. */
public final class MediaSamples {

    private MediaSamples() {
    }

    public static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A JPEG carrying an EXIF segment with a recognisable GPS marker, as phones write them. */
    public static byte[] jpegWithExif(String marker) throws IOException {
        return withApp1(image("jpeg", 40, 30), ("Exif\0\0GPS:" + marker).getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * A JPEG as a phone writes it when held sideways: the pixels as the sensor read them, red in
     * the top-left quarter and blue elsewhere, with an EXIF orientation (1–8) saying which way is up.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", encoded);
        ByteBuffer tiff = ByteBuffer.allocate(26) // big-endian, as "MM" says
                .put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8) // header, first directory at 8
                .putShort((short) 1) // one entry:
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0); // no further directory
        return withApp1(encoded.toByteArray(), concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
    }

    private static byte[] withApp1(byte[] jpeg, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        int length = payload.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** A PNG whose header claims a huge size: decoding it would need tens of gigabytes. */
    public static byte[] pngBomb(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(length.array());
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * Images whose header is sound (their type and size read fine) but whose pixels cannot be decoded,
     * by what is wrong with them: what a broken client, a truncated transfer or a crafted file sends.
     */
    public static Map<String, byte[]> undecodableImages() throws IOException {
        Map<String, byte[]> images = new LinkedHashMap<>();
        images.put("png with scrambled data", pngWithIdat(data -> scrambled(data, 2))); // past the zlib header
        images.put("png whose data is not zlib", pngWithIdat(data -> noise(data.length)));
        images.put("png cut short", firstHalf(image("png", 200, 100)));
        images.put("jpeg with noise for data", jpegWithNoiseForData());
        images.put("gif with noise for data", gifWithNoiseForData());
        images.put("gif cut short", firstHalf(image("gif", 200, 100)));
        images.put("webp with noise for data", webpLosslessWithNoiseForData(200, 100));
        return images;
    }

    /** A 200 × 100 PNG whose IDAT payload is replaced (with a matching CRC, so only the data is wrong). */
    private static byte[] pngWithIdat(UnaryOperator<byte[]> change) throws IOException {
        byte[] png = image("png", 200, 100);
        int at = indexOf(png, "IDAT".getBytes(StandardCharsets.US_ASCII));
        int length = ByteBuffer.wrap(png, at - 4, 4).getInt();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, at - 4);
        chunk(out, "IDAT", change.apply(Arrays.copyOfRange(png, at + 4, at + 4 + length)));
        out.write(png, at + 8 + length, png.length - (at + 8 + length)); // past the old CRC: IEND
        return out.toByteArray();
    }

    /** A JPEG whose entropy-coded data, after the start-of-scan header, is noise. */
    private static byte[] jpegWithNoiseForData() throws IOException {
        byte[] jpeg = image("jpeg", 200, 100);
        int scan = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA});
        int data = scan + 2 + ((jpeg[scan + 2] & 0xFF) << 8 | (jpeg[scan + 3] & 0xFF));
        byte[] noisy = jpeg.clone();
        System.arraycopy(noise(jpeg.length - 2 - data), 0, noisy, data, jpeg.length - 2 - data); // keeps EOI
        return noisy;
    }

    /** A GIF whose image data, past its headers and colour table, is all ones. */
    private static byte[] gifWithNoiseForData() throws IOException {
        byte[] gif = image("gif", 200, 100);
        byte[] broken = gif.clone();
        Arrays.fill(broken, gif.length / 2, gif.length - 1, (byte) 0xFF); // keeps the trailer
        return broken;
    }

    /** A lossless WebP (VP8L) with a sound header and noise for its bitstream; ImageIO writes no WebP to start from. */
    private static byte[] webpLosslessWithNoiseForData(int width, int height) {
        byte[] bitstream = noise(200);
        ByteBuffer vp8l = ByteBuffer.allocate(5 + bitstream.length).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) 0x2F).putInt((width - 1) | (height - 1) << 14).put(bitstream); // signature, 14-bit sides less one
        ByteBuffer riff = ByteBuffer.allocate(20 + vp8l.capacity()).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + vp8l.capacity()).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(vp8l.capacity()).put(vp8l.array());
        return riff.array();
    }

    private static byte[] scrambled(byte[] bytes, int from) {
        byte[] out = bytes.clone();
        for (int i = from; i < out.length; i++) {
            out[i] ^= 0x5A;
        }
        return out;
    }

    /** The same noise every run, so a failure can be replayed. */
    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new Random(1).nextBytes(bytes);
        return bytes;
    }

    private static byte[] firstHalf(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    public static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("inside".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
