package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.parley.application.attachment.AttachmentLimits;
import java.time.Duration;

/** {@code parley.attachments.*}, turned into the core's {@link AttachmentLimits}. */
@ConfigurationProperties("parley.attachments")
record AttachmentProperties(long maxBytes, long maxImagePixels, int thumbnailSide, int avatarSide,
                            Duration unsentLifetime, Duration linkLifetime) {

    AttachmentLimits toLimits() {
        return new AttachmentLimits(maxBytes, maxImagePixels, thumbnailSide, avatarSide, unsentLifetime, linkLifetime);
    }
}
