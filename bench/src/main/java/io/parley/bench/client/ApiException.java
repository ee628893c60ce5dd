package io.parley.bench.client;

/** Parley refused a set-up call; the message says what to change when the cause is known. */
public final class ApiException extends RuntimeException {

    public static final String RATE_LIMIT_HINT = "Parley's per-address limits are too low for a benchmark: start the server with "
            + "AUTH_RATE_LIMIT=1000000 MESSAGE_RATE_LIMIT=1000000 (MESSAGE_RATE_WINDOW_MS is the message limit's window, "
            + "AUTH_RATE_WINDOW_MS the registration limit's)";

    ApiException(String operation, int status, String code, String body) {
        super(describe(operation, status, code, body));
    }

    private static String describe(String operation, int status, String code, String body) {
        String text = operation + " answered " + status + (code == null ? "" : " " + code);
        if (status == 429) {
            return text + ". " + RATE_LIMIT_HINT;
        }
        return text + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
