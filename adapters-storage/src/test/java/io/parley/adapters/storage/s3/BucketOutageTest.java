package io.parley.adapters.storage.s3;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class BucketOutageTest {

    @Test
    void no_connection_a_lost_one_or_no_answer_in_time_is_an_outage() {
        assertTrue(BucketOutage.isOutage(SdkClientException.create("Unable to execute HTTP request", new ConnectException("Connection refused"))));
        assertTrue(BucketOutage.isOutage(SdkClientException.create("Unable to execute HTTP request", new SocketException("Connection reset"))));
        assertTrue(BucketOutage.isOutage(SdkClientException.create("Unable to execute HTTP request",
                new IOException("wrapped", new SocketTimeoutException("connect timed out")))));
        assertTrue(BucketOutage.isOutage(ApiCallTimeoutException.create(2000)));
        assertTrue(BucketOutage.isOutage(new UncheckedIOException(new SocketException("Unexpected end of file from server"))));
    }

    @Test
    void an_answer_from_the_service_or_a_local_mistake_is_not() {
        assertFalse(BucketOutage.isOutage(S3Exception.builder().statusCode(403).message("SignatureDoesNotMatch").build()));
        assertFalse(BucketOutage.isOutage(SdkClientException.create("Unable to load credentials from any of the providers")));
        assertFalse(BucketOutage.isOutage(SdkClientException.create("Unable to execute HTTP request", new IOException("No space left on device"))));
        assertFalse(BucketOutage.isOutage(new UncheckedIOException(new IOException("No space left on device"))));
        assertFalse(BucketOutage.isOutage(new IllegalStateException("a bug", new SocketException("not the bucket's"))));
    }
}
