package io.parley.application.attachment;

import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.user.UserId;
import java.io.InputStream;
import java.net.URI;

public interface OpenAttachmentQuery {

    /**
     * The file (or its thumbnail) for someone allowed to see it: its uploader, or a member of the
     * conversation it was sent to. Anyone else gets {@code not_found}, as for a file that does not exist.
     */
    Download open(UserId viewer, AttachmentId id, boolean thumbnail);

    /**
     * Either a short-lived URL to send the client to, or the bytes to stream.
     *
     * @param contentType what to serve it as (a thumbnail is always an image)
     */
    record Download(Attachment attachment, String contentType, URI redirect, InputStream content, long size) {

        public boolean isRedirect() {
            return redirect != null;
        }
    }
}
