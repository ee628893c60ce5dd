package io.parley.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why Parley says no. Every refusal carries one {@link Reason}, and each reason is one stable
 * {@code code} of the public contract, so the edge never has to guess how to answer.
 */
public final class Refusal extends RuntimeException {

    public enum Reason {
        VALIDATION_FAILED,
        INVALID_CREDENTIALS,
        EMAIL_TAKEN,
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        RATE_LIMITED,
        TOO_MANY_ATTEMPTS,
        PAYLOAD_TOO_LARGE,
        UNSUPPORTED_MEDIA_TYPE,
        /** A service Parley depends on (the database, file storage) cannot be reached: not the caller's fault, and brief. */
        UNAVAILABLE;

        /** The contract's word for this reason, e.g. {@code validation_failed}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String field;
    private final Duration retryAfter;

    private Refusal(Reason reason, String message, String field, Duration retryAfter) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason);
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static Refusal of(Reason reason, String message) {
        return new Refusal(reason, message, null, null);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Reason.VALIDATION_FAILED, message, field, null);
    }

    public static Refusal tooManyAttempts(Duration retryAfter) {
        return new Refusal(Reason.TOO_MANY_ATTEMPTS, "Too many attempts, try again later", null, retryAfter);
    }

    public static Refusal rateLimited(Duration retryAfter) {
        return new Refusal(Reason.RATE_LIMITED, "Slow down", null, retryAfter);
    }

    public static Refusal unavailable(String message, Duration retryAfter) {
        return new Refusal(Reason.UNAVAILABLE, message, null, retryAfter);
    }

    public Reason reason() {
        return reason;
    }

    /** The input field at fault, for {@code validation_failed}. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** How long the caller should wait, for the rate-limit reasons and {@code unavailable}. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
