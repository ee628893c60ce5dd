package io.parley.application.attachment.port;

import java.nio.file.Path;
import java.util.Optional;

/** Looks at what a file really is, from its bytes. */
public interface InspectFilePort {

    /** The content type the bytes say, whatever the file is called or claims to be. */
    String detectType(Path file);

    /**
     * The image's size in pixels as it is shown (a photo turned by its EXIF orientation counts
     * turned), read from its header without decoding it; empty if the bytes are not a readable image.
     */
    Optional<Dimensions> dimensions(Path file);

    record Dimensions(int width, int height) {
    }
}
