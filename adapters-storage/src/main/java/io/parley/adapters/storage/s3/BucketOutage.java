package io.parley.adapters.storage.s3;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Tells "the bucket cannot be reached" — no connection, a connection lost, no answer in time —
 * apart from everything else. An answer from the service (a refused signature, a missing bucket)
 * is not an outage: the SDK throws those as service exceptions, not client ones. The SDK's
 * URL-connection client lets some I/O failures out unwrapped, as {@link UncheckedIOException}
 * (a kept-alive connection the server has gone from), so those are looked into too.
 */
final class BucketOutage {

    // Enough for any real chain of wrappers, and an end to a cyclic one.
    private static final int MAX_CAUSES = 32;

    private BucketOutage() {
    }

    static boolean isOutage(RuntimeException failure) {
        if (failure instanceof ApiCallTimeoutException || failure instanceof ApiCallAttemptTimeoutException) {
            return true;
        }
        if (!(failure instanceof SdkClientException || failure instanceof UncheckedIOException)) {
            return false;
        }
        Throwable t = failure.getCause();
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            // SocketException covers refused, reset and unroutable connections (ConnectException, NoRouteToHostException).
            if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
