package io.parley.adapters.storage.s3;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.parley.application.attachment.port.StoreBlobPort;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@code STORAGE=s3}: the bucket {@code AWS_S3_BUCKET_NAME} in {@code AWS_REGION}, with the given
 * keys or the SDK's usual credential chain; {@code AWS_ENDPOINT_URL} for S3-compatible servers,
 * which are addressed path-style. Checked at start-up, so a wrong bucket never waits for an upload.
 */
@Factory
final class S3StorageFactory {

    @Context
    @Requires(property = "parley.storage.kind", value = "s3")
    StoreBlobPort s3BlobStore(@Value("${parley.storage.s3.bucket:}") String bucket,
                              @Value("${parley.storage.s3.region:us-east-1}") String region,
                              @Value("${parley.storage.s3.endpoint:}") String endpoint,
                              @Value("${parley.storage.s3.access-key-id:}") String accessKeyId,
                              @Value("${parley.storage.s3.secret-access-key:}") String secretAccessKey) {
        if (bucket.isBlank()) {
            throw new IllegalStateException("AWS_S3_BUCKET_NAME must be set when STORAGE=s3");
        }
        AwsCredentialsProvider credentials = accessKeyId.isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
        S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(!endpoint.isBlank()).build();
        S3ClientBuilder client = S3Client.builder().region(Region.of(region)).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()).serviceConfiguration(pathStyle);
        S3Presigner.Builder presigner = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials)
                .serviceConfiguration(pathStyle);
        if (!endpoint.isBlank()) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("AWS_ENDPOINT_URL is not a URL");
            }
            client.endpointOverride(uri);
            presigner.endpointOverride(uri);
        }
        return new S3BlobStore(client.build(), presigner.build(), bucket)
                .requireReachable(endpoint.isBlank() ? "AWS " + region : endpoint);
    }
}
