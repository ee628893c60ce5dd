package io.parley.adapters.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.DecoderException;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;

/**
 * A request body Netty could not decode is the client's fault: 400, never a 500. Seen with a form
 * body whose escapes are broken (a {@code %} not followed by two hex digits) reaching an upload
 * route without a Content-Type, which Micronaut then reads as a URL-encoded form.
 */
@Produces
@Singleton
final class UndecodableBodyHandler implements ExceptionHandler<DecoderException, HttpResponse<?>> {

    private final ExceptionHandler<Refusal, HttpResponse<?>> refusals;

    UndecodableBodyHandler(ExceptionHandler<Refusal, HttpResponse<?>> refusals) {
        this.refusals = refusals;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DecoderException failure) {
        return refusals.handle(request, Refusal.of(Refusal.Reason.VALIDATION_FAILED, "The request body could not be decoded"));
    }
}
