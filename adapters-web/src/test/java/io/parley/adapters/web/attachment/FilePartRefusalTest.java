package io.parley.adapters.web.attachment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.api.Test;

class FilePartRefusalTest {

    private final HttpRequest<?> form = HttpRequest.POST("/api/attachments", "").contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    private final HttpRequest<?> json = HttpRequest.PATCH("/api/users/me", "{}").contentType(MediaType.APPLICATION_JSON_TYPE);

    private static ClassCastException thrownAt(String className) {
        ClassCastException failure = new ClassCastException("AttributeImpl cannot be cast to FileUpload");
        failure.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, "lambda$bind$0", "Binder.java", 58)});
        return failure;
    }

    @Test
    void only_a_cast_in_micronauts_binders_on_an_upload_form_is_the_clients_doing() {
        assertTrue(FilePartRefusal.failedToBindTheFile(form, thrownAt("io.micronaut.http.server.netty.binders.NettyStreamingFileUploadBinder")));
        assertFalse(FilePartRefusal.failedToBindTheFile(form, thrownAt("io.parley.adapters.web.attachment.AttachmentController")));
        assertFalse(FilePartRefusal.failedToBindTheFile(json, thrownAt("io.micronaut.http.server.netty.binders.NettyStreamingFileUploadBinder")));
    }

    @Test
    void a_cast_whose_stack_the_jvm_dropped_counts_as_the_binders_on_an_upload_form_only() {
        ClassCastException stackless = new ClassCastException();
        stackless.setStackTrace(new StackTraceElement[0]);

        assertTrue(FilePartRefusal.failedToBindTheFile(form, stackless));
        assertFalse(FilePartRefusal.failedToBindTheFile(json, stackless));
    }
}
