package io.parley.application.attachment;

import java.time.Duration;

/**
 * @param maxBytes        the largest upload accepted
 * @param maxImagePixels  images declaring more pixels are refused before anything decodes them
 * @param unsentLifetime  how long an upload that is never sent is kept
 * @param linkLifetime    how long a signed download URL works (stores that sign)
 */
public record AttachmentLimits(long maxBytes, long maxImagePixels, int thumbnailSide, int avatarSide,
                               Duration unsentLifetime, Duration linkLifetime) {

    public AttachmentLimits {
        if (maxBytes < 1 || maxImagePixels < 1 || thumbnailSide < 1 || avatarSide < 1) {
            throw new IllegalArgumentException("attachment limits must be positive");
        }
    }

    public static AttachmentLimits defaults() {
        return new AttachmentLimits(25L * 1024 * 1024, 40_000_000L, 320, 256, Duration.ofHours(24), Duration.ofMinutes(5));
    }
}
