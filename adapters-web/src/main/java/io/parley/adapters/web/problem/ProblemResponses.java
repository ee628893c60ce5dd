package io.parley.adapters.web.problem;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.parley.domain.Refusal;
import jakarta.inject.Singleton;

/**
 * Shapes every error Micronaut answers — our refusals, unknown routes, wrong methods, malformed
 * JSON, security's 401 and 403, and unexpected failures — as {@code application/problem+json}
 * with a stable {@code code}. Details are written here, never copied from an exception of the
 * framework or the database, so no stack trace, SQL or internal name can reach a client.
 */
@Singleton
final class ProblemResponses implements ErrorResponseProcessor<Problem> {

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        Throwable cause = context.getRootCause().orElse(null);
        Refusal refusal = refusalIn(cause);
        String missing = missingArgumentIn(cause);
        Problem problem = refusal != null
                ? Problem.of(response.code(), response.reason(), refusal.reason().code(), refusal.getMessage(), refusal.field().orElse(null))
                : missing != null
                ? Problem.of(response.code(), response.reason(), "validation_failed", missing + " is required", missing)
                : Problem.of(response.code(), response.reason(), codeFor(response.status()), detailFor(response.status(), cause), null);
        // Never kept by a cache nor sniffed, wherever it comes from: the answer to a target Micronaut
        // cannot parse is made for a stand-in request that no /api filter sees.
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        response.getHeaders().set("X-Content-Type-Options", "nosniff");
        return response.body(problem).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }

    /** A refusal may reach here wrapped, e.g. by the JSON reader when a value has the wrong type. */
    private static Refusal refusalIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    /** The request part a route needs and did not get (an upload's {@code file}, say), if that was the fault. */
    private static String missingArgumentIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof UnsatisfiedRouteException unsatisfied) {
                return unsatisfied.getArgument().getName();
            }
        }
        return null;
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "validation_failed";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            // A method a path does not have is, to the client, an operation that is not there.
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "not_found";
            case CONFLICT -> "conflict";
            case REQUEST_ENTITY_TOO_LARGE -> "payload_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case TOO_MANY_REQUESTS -> "rate_limited";
            default -> "internal_error";
        };
    }

    private static String detailFor(HttpStatus status, Throwable cause) {
        return switch (status) {
            case BAD_REQUEST -> cause instanceof JsonSyntaxException ? "The request body is not valid JSON"
                    : cause instanceof ConversionErrorException ? "A value in the request has the wrong type"
                    : "The request is incomplete or malformed";
            case UNAUTHORIZED -> "A valid access token is required";
            case FORBIDDEN -> "You may not do this";
            case NOT_FOUND -> "There is nothing here";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            case REQUEST_ENTITY_TOO_LARGE -> "The request is too large";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here";
            default -> "Something went wrong on our side";
        };
    }
}
