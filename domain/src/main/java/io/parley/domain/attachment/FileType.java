package io.parley.domain.attachment;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The content types Parley accepts, decided from the bytes, and how each may be served: images,
 * video and audio inline; everything else only as a download. Nothing is ever served as HTML.
 */
public enum FileType {
    JPEG("image/jpeg", Kind.IMAGE),
    PNG("image/png", Kind.IMAGE),
    GIF("image/gif", Kind.IMAGE),
    WEBP("image/webp", Kind.IMAGE),
    MP4("video/mp4", Kind.VIDEO),
    WEBM("video/webm", Kind.VIDEO),
    MP3("audio/mpeg", Kind.AUDIO),
    OGG("audio/ogg", Kind.AUDIO),
    WAV("audio/wav", Kind.AUDIO),
    M4A("audio/mp4", Kind.AUDIO),
    PDF("application/pdf", Kind.DOCUMENT),
    TEXT("text/plain", Kind.DOCUMENT),
    ZIP("application/zip", Kind.DOCUMENT),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.DOCUMENT),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.DOCUMENT),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Kind.DOCUMENT),
    ODT("application/vnd.oasis.opendocument.text", Kind.DOCUMENT),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Kind.DOCUMENT),
    ODP("application/vnd.oasis.opendocument.presentation", Kind.DOCUMENT),
    DOC("application/msword", Kind.DOCUMENT),
    XLS("application/vnd.ms-excel", Kind.DOCUMENT),
    PPT("application/vnd.ms-powerpoint", Kind.DOCUMENT);

    public enum Kind { IMAGE, VIDEO, AUDIO, DOCUMENT }

    private static final Map<String, FileType> BY_NAME = new HashMap<>();

    static {
        for (FileType type : values()) {
            BY_NAME.put(type.mimeType, type);
        }
    }

    // Names detectors use for the same formats.
    private static final Map<String, FileType> ALIASES = Map.of(
            "audio/x-wav", WAV, "audio/vnd.wave", WAV, "audio/x-m4a", M4A, "audio/vorbis", OGG, "application/ogg", OGG,
            "video/quicktime", MP4, "application/x-tika-ooxml", ZIP);

    private final String mimeType;
    private final Kind kind;

    FileType(String mimeType, Kind kind) {
        this.mimeType = mimeType;
        this.kind = kind;
    }

    /** The accepted type with this name (parameters such as charset ignored), if it is accepted at all. */
    public static Optional<FileType> accepted(String detected) {
        if (detected == null) {
            return Optional.empty();
        }
        String name = detected.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.getOrDefault(name, ALIASES.get(name)));
    }

    public String mimeType() {
        return mimeType;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isImage() {
        return kind == Kind.IMAGE;
    }

    /**
     * How the image is kept once re-encoded (which drops its metadata): JPEG stays JPEG, GIF is
     * kept as uploaded (it carries no EXIF, and re-encoding would lose its animation), the rest
     * become PNG. Null for what is not an image.
     */
    public FileType storedAs() {
        return switch (this) {
            case JPEG -> JPEG;
            case GIF -> GIF;
            case PNG, WEBP -> PNG;
            default -> null;
        };
    }

    /** Thumbnails of photos are JPEG; of anything that may be transparent, PNG. */
    public FileType thumbnailType() {
        return this == JPEG ? JPEG : PNG;
    }

    /** ImageIO's name for writing this type. */
    public String formatName() {
        return this == JPEG ? "jpeg" : name().toLowerCase(Locale.ROOT);
    }

    /** Images, video and audio may be shown in the page; anything else is only ever downloaded. */
    public boolean servedInline() {
        return kind != Kind.DOCUMENT;
    }
}
