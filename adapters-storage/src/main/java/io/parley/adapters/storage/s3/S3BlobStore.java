package io.parley.adapters.storage.s3;

import io.parley.application.attachment.port.StoreBlobPort;
import io.parley.domain.Refusal;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/**
 * Blobs in an S3 bucket (AWS or any S3-compatible server). An object appears whole or not at all,
 * so a put needs no staging; downloads are handed to the bucket through short-lived signed URLs.
 * A bucket that cannot be reached is answered with the core's {@code UNAVAILABLE} refusal.
 */
public final class S3BlobStore implements StoreBlobPort {

    /** The SDK retries a failed connection itself; this bounds a health probe, retries included. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** As long as the core trusts a probe's answer, so a client's retry meets a fresh one. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3BlobStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    /** Fails with one line naming the setting when the bucket cannot be reached with these credentials. */
    public S3BlobStore requireReachable(String endpointDescription) {
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
            return this;
        } catch (SdkException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalStateException("AWS_S3_BUCKET_NAME: bucket '" + bucket + "' at " + endpointDescription
                    + " cannot be used (" + why + "); check AWS_ENDPOINT_URL, AWS_REGION and the credentials");
        }
    }

    @Override
    public void put(String key, Path file, String contentType) {
        reaching(() -> s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build(),
                RequestBody.fromFile(file)));
    }

    @Override
    public Optional<Blob> open(String key) {
        try {
            ResponseInputStream<GetObjectResponse> object = reaching(() -> s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build()));
            return Optional.of(new Blob(object, object.response().contentLength()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        reaching(() -> s3.deleteObject(b -> b.bucket(bucket).key(key)));
    }

    @Override
    public boolean reachable() {
        try {
            s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(c -> c.apiCallTimeout(PROBE_TIMEOUT)));
            return true;
        } catch (SdkException | UncheckedIOException e) {
            return false;
        }
    }

    private <T> T reaching(Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkClientException | UncheckedIOException e) {
            if (BucketOutage.isOutage(e)) {
                throw Refusal.unavailable("File storage cannot be reached; try again shortly", RETRY_AFTER);
            }
            throw e;
        }
    }

    /** The bucket serves the bytes itself, with the type and disposition Parley decided, for {@code ttl}. */
    @Override
    public Optional<URI> signedUrl(String key, String contentType, String downloadName, boolean inline, Duration ttl) {
        String disposition = (inline ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(downloadName, StandardCharsets.UTF_8).replace("+", "%20");
        GetObjectRequest get = GetObjectRequest.builder().bucket(bucket).key(key)
                .responseContentType(contentType).responseContentDisposition(disposition).build();
        try {
            return Optional.of(presigner.presignGetObject(GetObjectPresignRequest.builder().signatureDuration(ttl).getObjectRequest(get).build())
                    .url().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK signed an invalid URL", e);
        }
    }
}
