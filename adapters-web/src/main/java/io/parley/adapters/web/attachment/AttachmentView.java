package io.parley.adapters.web.attachment;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.domain.attachment.Attachment;

/** An attachment as clients see it (SPEC §3); the URLs are Parley's, whatever store holds the bytes. */
@Serdeable
public record AttachmentView(String id, String name, String contentType, long size, Integer width, Integer height,
                             String url, String thumbnailUrl) {

    public static AttachmentView of(Attachment a) {
        String url = "/api/attachments/" + a.id().value();
        return new AttachmentView(a.id().value(), a.fileName(), a.type().mimeType(), a.size(), a.width(), a.height(),
                url, a.thumbnailKey() == null ? null : url + "/thumbnail");
    }
}
