package io.parley.application.attachment;

import io.parley.domain.attachment.Attachment;
import io.parley.domain.user.UserId;
import java.nio.file.Path;

public interface UploadAttachmentUseCase {

    /**
     * Keeps an uploaded file if its bytes are of an accepted type ({@code unsupported_media_type}
     * otherwise) and within the size limit ({@code payload_too_large}). Images get their
     * dimensions and a thumbnail; an image declaring too many pixels is refused undecoded.
     * The caller owns {@code file} and deletes it afterwards.
     */
    Attachment upload(UserId uploader, String declaredName, Path file);
}
