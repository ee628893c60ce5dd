package io.parley.application.attachment;

import io.parley.application.attachment.port.InspectFilePort;
import io.parley.application.attachment.port.InspectFilePort.Dimensions;
import io.parley.application.attachment.port.RenderImagePort;
import io.parley.application.attachment.port.StoreAttachmentPort;
import io.parley.application.attachment.port.StoreBlobPort;
import io.parley.application.attachment.port.StoreBlobPort.Blob;
import io.parley.application.common.Reachability;
import io.parley.application.conversation.ConversationAccess;
import io.parley.domain.IdGenerator;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.attachment.FileType;
import io.parley.domain.user.UserId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Uploads and downloads. The type is what the bytes say; images are re-encoded (no metadata
 * leaves Parley, and at most {@value #MAX_STORED_SIDE} px on the long side) and thumbnailed, after
 * their declared size was checked, never before. An image's width and height are those stored.
 */
public final class AttachmentService implements UploadAttachmentUseCase, OpenAttachmentQuery, PurgeUnsentAttachmentsUseCase {

    /**
     * The long side of the biggest image Parley keeps (ADR 0006): a bigger one is stored scaled
     * down, as chat services do, which bounds what one upload costs to re-encode and to download.
     */
    static final int MAX_STORED_SIDE = 4096;

    private final StoreAttachmentPort attachments;
    private final StoreBlobPort blobs;
    private final Reachability storage;
    private final InspectFilePort inspector;
    private final RenderImagePort renderer;
    private final ConversationAccess access;
    private final AttachmentLimits limits;
    private final Clock clock;
    private final IdGenerator ids;

    public AttachmentService(StoreAttachmentPort attachments, StoreBlobPort blobs, Reachability storage, InspectFilePort inspector,
                             RenderImagePort renderer, ConversationAccess access, AttachmentLimits limits, Clock clock, IdGenerator ids) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.storage = storage;
        this.inspector = inspector;
        this.renderer = renderer;
        this.access = access;
        this.limits = limits;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Attachment upload(UserId uploader, String declaredName, Path file) {
        long size = sizeOf(file);
        if (size == 0) {
            throw Refusal.invalid("file", "The file is empty");
        }
        if (size > limits.maxBytes()) {
            throw Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE, "Files may be at most " + limits.maxBytes() + " bytes");
        }
        FileType type = FileType.accepted(inspector.detectType(file))
                .orElseThrow(() -> Refusal.of(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, "Files of this type are not accepted"));
        AttachmentId id = new AttachmentId(ids.next());
        String blobKey = "attachments/" + id.value();
        List<Path> rendered = new ArrayList<>();
        try {
            if (!type.isImage()) {
                blobs.put(blobKey, file, type.mimeType());
                return saved(new Attachment(id, uploader, declaredName, type, size, null, null, blobKey, null, clock.instant(), null, null));
            }
            Dimensions dimensions = checkedDimensions(file);
            FileType storedType = type.storedAs();
            Path stored = file;
            if (storedType != FileType.GIF) {
                stored = renderer.render(file, MAX_STORED_SIDE, false, storedType.formatName());
                rendered.add(stored);
                // Smaller than uploaded if it was bigger than the cap: the attachment describes the picture served.
                dimensions = inspector.dimensions(stored).orElseThrow(() -> new IllegalStateException("a rendered image has no size"));
            }
            Path thumbnail = renderer.render(file, limits.thumbnailSide(), false, type.thumbnailType().formatName());
            rendered.add(thumbnail);
            String thumbnailKey = blobKey + "-thumbnail";
            blobs.put(blobKey, stored, storedType.mimeType());
            blobs.put(thumbnailKey, thumbnail, type.thumbnailType().mimeType());
            return saved(new Attachment(id, uploader, declaredName, storedType, sizeOf(stored), dimensions.width(), dimensions.height(),
                    blobKey, thumbnailKey, clock.instant(), null, null));
        } finally {
            rendered.forEach(AttachmentService::deleteQuietly);
        }
    }

    /** Read from the header; an image claiming more pixels than allowed is a decompression bomb until proven otherwise. */
    private Dimensions checkedDimensions(Path image) {
        Dimensions dimensions = inspector.dimensions(image)
                .orElseThrow(() -> Refusal.of(Refusal.Reason.UNSUPPORTED_MEDIA_TYPE, "This image cannot be read"));
        if (dimensions.width() < 1 || dimensions.height() < 1
                || (long) dimensions.width() * dimensions.height() > limits.maxImagePixels()) {
            throw Refusal.of(Refusal.Reason.PAYLOAD_TOO_LARGE, "Images may have at most " + limits.maxImagePixels() + " pixels");
        }
        return dimensions;
    }

    private Attachment saved(Attachment attachment) {
        attachments.save(attachment);
        return attachment;
    }

    @Override
    public Download open(UserId viewer, AttachmentId id, boolean thumbnail) {
        Attachment attachment = attachments.byId(id).filter(a -> maySee(viewer, a)).orElseThrow(AttachmentService::notFound);
        String key = thumbnail ? attachment.thumbnailKey() : attachment.blobKey();
        if (key == null) {
            throw notFound();
        }
        FileType type = thumbnail ? attachment.type().thumbnailType() : attachment.type();
        Optional<URI> signed = blobs.signedUrl(key, type.mimeType(), attachment.fileName(), type.servedInline(), limits.linkLifetime());
        if (signed.isPresent()) {
            // Signing asks nothing of the store, so a link into storage known to be down is refused here, not at the client.
            if (!storage.reachable()) {
                throw Refusal.unavailable("File storage cannot be reached; try again shortly", Reachability.FRESH);
            }
            return new Download(attachment, type.mimeType(), signed.get(), null, 0);
        }
        Blob blob = blobs.open(key).orElseThrow(AttachmentService::notFound);
        return new Download(attachment, type.mimeType(), null, blob.content(), blob.size());
    }

    private boolean maySee(UserId viewer, Attachment attachment) {
        return attachment.uploaderId().equals(viewer)
                || (attachment.conversationId() != null && access.isMember(viewer, attachment.conversationId()));
    }

    @Override
    public int purge() {
        Instant cutoff = clock.instant().minus(limits.unsentLifetime());
        List<Attachment> stale = attachments.unsentBefore(cutoff, 500);
        for (Attachment attachment : stale) {
            attachments.delete(attachment.id());
            blobs.delete(attachment.blobKey());
            if (attachment.thumbnailKey() != null) {
                blobs.delete(attachment.thumbnailKey());
            }
        }
        return stale.size();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an upload", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp directory
        }
    }

    private static Refusal notFound() {
        return Refusal.of(Refusal.Reason.NOT_FOUND, "No such attachment");
    }
}
