package io.parley.adapters.web.attachment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;

/**
 * The answer to an upload form whose part named {@code file} is a text field. Micronaut 4 binds a
 * {@code StreamingFileUpload} by casting that part to a file upload before the controller runs, so
 * such a form fails inside Micronaut's binders with a ClassCastException; the upload controllers
 * pass it here from a local {@code @Error} route. A ClassCastException from anywhere else is a bug
 * and stays a 500.
 */
@Singleton
public final class FilePartRefusal {

    private static final String BINDERS = "io.micronaut.http.server.netty.binders.";

    private final ExceptionHandler<Refusal, HttpResponse<?>> refusals;

    FilePartRefusal(ExceptionHandler<Refusal, HttpResponse<?>> refusals) {
        this.refusals = refusals;
    }

    public HttpResponse<?> answer(HttpRequest<?> request, ClassCastException failure) {
        if (!failedToBindTheFile(request, failure)) {
            throw failure;
        }
        return refusals.handle(request, Refusal.invalid("file", "The part named file must be a file, not a text field"));
    }

    static boolean failedToBindTheFile(HttpRequest<?> request, ClassCastException failure) {
        boolean form = request.getContentType().map(MediaType.MULTIPART_FORM_DATA_TYPE::matches).orElse(false);
        StackTraceElement[] frames = failure.getStackTrace();
        // A JVM that throws the same ClassCastException often may drop its stack trace (OmitStackTraceInFastThrow):
        // on an upload form, that one is the binder's too.
        return form && (frames.length == 0 || frames[0].getClassName().startsWith(BINDERS));
    }
}
