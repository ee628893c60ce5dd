package io.parley.adapters.storage.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.attachment.port.StoreBlobPort;
import io.parley.testing.S3ProxyServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The S3 adapter against S3Proxy, a real S3-compatible server that checks signatures and expiry. */
class S3BlobStoreTest {

    private static final String BUCKET = "parley-test";
    private static S3ProxyServer s3proxy;
    private static StoreBlobPort store;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startS3Proxy() throws Exception {
        s3proxy = S3ProxyServer.start(Path.of("target/s3proxy-data").toAbsolutePath(), BUCKET);
        store = new S3StorageFactory().s3BlobStore(BUCKET, "us-east-1", s3proxy.endpoint().toString(),
                S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY);
    }

    @AfterAll
    static void stopS3Proxy() {
        s3proxy.close();
    }

    private static Path file(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile("s3-test", ".bin"), bytes);
    }

    private HttpResponse<byte[]> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_blob_is_put_read_and_deleted() throws Exception {
        byte[] bytes = "bytes in a bucket".getBytes();

        store.put("attachments/one", file(bytes), "text/plain");

        try (InputStream in = store.open("attachments/one").orElseThrow().content()) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
        assertEquals(bytes.length, store.open("attachments/one").orElseThrow().size());
        store.delete("attachments/one");
        assertTrue(store.open("attachments/one").isEmpty());
    }

    @Test
    void a_signed_url_serves_the_bytes_with_the_type_and_disposition_parley_chose() throws Exception {
        byte[] bytes = "%PDF-1.4 pretend".getBytes();
        store.put("attachments/doc", file(bytes), "application/pdf");

        URI url = store.signedUrl("attachments/doc", "application/pdf", "minutes 1.pdf", false, Duration.ofMinutes(5)).orElseThrow();
        HttpResponse<byte[]> response = get(url);

        assertEquals(200, response.statusCode());
        assertArrayEquals(bytes, response.body());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
    }

    @Test
    void a_tampered_or_expired_signed_url_is_refused() throws Exception {
        store.put("attachments/secret", file("secret".getBytes()), "text/plain");
        String url = store.signedUrl("attachments/secret", "text/plain", "s.txt", false, Duration.ofMinutes(5)).orElseThrow().toString();
        String otherKey = url.replace("attachments/secret", "attachments/secreT");
        String forged = url.substring(0, url.length() - 1) + (url.endsWith("0") ? "1" : "0");

        assertEquals(403, get(URI.create(otherKey)).statusCode());
        assertEquals(403, get(URI.create(forged)).statusCode());

        URI shortLived = store.signedUrl("attachments/secret", "text/plain", "s.txt", false, Duration.ofSeconds(1)).orElseThrow();
        Thread.sleep(2500);
        assertEquals(403, get(shortLived).statusCode());
    }

    @Test
    void a_missing_bucket_or_wrong_keys_stop_start_up_with_one_line_naming_the_setting() {
        IllegalStateException noBucket = assertThrows(IllegalStateException.class, () -> new S3StorageFactory().s3BlobStore(
                "no-such-bucket", "us-east-1", s3proxy.endpoint().toString(), S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
        IllegalStateException badKeys = assertThrows(IllegalStateException.class, () -> new S3StorageFactory().s3BlobStore(
                BUCKET, "us-east-1", s3proxy.endpoint().toString(), S3ProxyServer.ACCESS_KEY, "wrong-secret"));
        IllegalStateException unreachable = assertThrows(IllegalStateException.class, () -> new S3StorageFactory().s3BlobStore(
                BUCKET, "us-east-1", "http://127.0.0.1:1", S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY));
        IllegalStateException unnamed = assertThrows(IllegalStateException.class, () -> new S3StorageFactory().s3BlobStore(
                "", "us-east-1", "", "", ""));

        for (IllegalStateException e : new IllegalStateException[] {noBucket, badKeys, unreachable}) {
            assertTrue(e.getMessage().startsWith("AWS_S3_BUCKET_NAME: "), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertTrue(!e.getMessage().contains("wrong-secret"));
        }
        assertEquals("AWS_S3_BUCKET_NAME must be set when STORAGE=s3", unnamed.getMessage());
    }
}
