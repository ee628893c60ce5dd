package io.parley.adapters.web.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;
import java.time.Duration;

/** Answers a {@link Refusal} from the core with its status, and {@code Retry-After} when there is a wait. */
@Produces
@Singleton
final class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> problems;

    RefusalHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        MutableHttpResponse<?> response = HttpResponse.status(statusOf(refusal.reason()));
        refusal.retryAfter().ifPresent(wait -> response.header("Retry-After", String.valueOf(wholeSecondsAtLeastOne(wait))));
        return problems.processResponse(ErrorContext.builder(request).cause(refusal).errorMessage(refusal.getMessage()).build(), response);
    }

    static HttpStatus statusOf(Refusal.Reason reason) {
        return switch (reason) {
            case VALIDATION_FAILED -> HttpStatus.BAD_REQUEST;
            case INVALID_CREDENTIALS, UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case EMAIL_TAKEN, CONFLICT -> HttpStatus.CONFLICT;
            case RATE_LIMITED, TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
            case PAYLOAD_TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }

    private static long wholeSecondsAtLeastOne(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
