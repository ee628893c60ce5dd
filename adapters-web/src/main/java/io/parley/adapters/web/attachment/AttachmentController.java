package io.parley.adapters.web.attachment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.application.attachment.OpenAttachmentQuery;
import io.parley.application.attachment.OpenAttachmentQuery.Download;
import io.parley.application.attachment.UploadAttachmentUseCase;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.user.UserId;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Uploads are streamed to a temporary file while being counted, so no upload is ever held in
 * memory and an oversized one is refused as soon as it crosses the limit. Downloads carry the
 * detected type, {@code nosniff}, and are inline only for images, video and audio.
 */
@Controller("/api/attachments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = UploadAttachmentUseCase.class)
final class AttachmentController {

    private final UploadAttachmentUseCase upload;
    private final OpenAttachmentQuery open;
    private final UploadLimit limit;
    private final FilePartRefusal notAFile;

    AttachmentController(UploadAttachmentUseCase upload, OpenAttachmentQuery open, UploadLimit limit, FilePartRefusal notAFile) {
        this.upload = upload;
        this.open = open;
        this.limit = limit;
        this.notAFile = notAFile;
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<AttachmentView> upload(Authentication caller, StreamingFileUpload file) {
        Path temp = limit.receive(file);
        try {
            return HttpResponse.created(AttachmentView.of(upload.upload(new UserId(caller.getName()), file.getFilename(), temp)));
        } finally {
            UploadLimit.deleteQuietly(temp);
        }
    }

    /** Micronaut fails to bind a text field named file before {@link #upload} runs (FilePartRefusal). */
    @Error(exception = ClassCastException.class)
    HttpResponse<?> textFieldAsFile(HttpRequest<?> request, ClassCastException failure) {
        return notAFile.answer(request, failure);
    }

    @Get("/{id}")
    HttpResponse<?> download(Authentication caller, String id, @Nullable @Header(HttpHeaders.RANGE) String range) {
        return serve(open.open(new UserId(caller.getName()), new AttachmentId(id), false), range);
    }

    @Get("/{id}/thumbnail")
    HttpResponse<?> thumbnail(Authentication caller, String id) {
        return serve(open.open(new UserId(caller.getName()), new AttachmentId(id), true), null);
    }

    private static HttpResponse<?> serve(Download download, String range) {
        if (download.isRedirect()) {
            return HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, download.redirect().toString());
        }
        boolean inline = !download.contentType().startsWith("application/") && !download.contentType().startsWith("text/");
        ByteRange bytes = ByteRange.parse(range, download.size());
        InputStream content = bytes.slice(download.content());
        MutableHttpResponse<StreamedFile> response = HttpResponse.status(bytes.partial() ? HttpStatus.PARTIAL_CONTENT : HttpStatus.OK)
                .body(new StreamedFile(content, MediaType.of(download.contentType())));
        response.header(HttpHeaders.CONTENT_TYPE, download.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, String.valueOf(bytes.length()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                        + URLEncoder.encode(download.attachment().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        if (bytes.partial()) {
            response.header(HttpHeaders.CONTENT_RANGE, bytes.contentRange());
        }
        return response;
    }
}
