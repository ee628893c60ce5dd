package io.parley.application.attachment.port;

import java.nio.file.Path;

/** Makes the images Parley serves: decoded and written anew, so no metadata (GPS positions…) survives. */
public interface RenderImagePort {

    /**
     * The image scaled to fit {@code maxSide} pixels (never enlarged), square-cropped when asked,
     * written to a new temporary file as PNG or JPEG; the caller deletes it. Refuses with
     * {@code UNSUPPORTED_MEDIA_TYPE} an image whose pixels cannot be decoded (damaged, cut short)
     * though its header reads, and then leaves no file behind.
     */
    Path render(Path image, int maxSide, boolean square, String formatName);
}
