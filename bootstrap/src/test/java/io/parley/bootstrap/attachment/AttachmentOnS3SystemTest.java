package io.parley.bootstrap.attachment;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.BinaryReply;
import io.parley.testing.MediaSamples;
import io.parley.testing.S3ProxyServer;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The image flow of AttachmentMessagingSystemTest with STORAGE=s3, against S3Proxy: downloads are signed redirects. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentOnS3SystemTest implements TestPropertyProvider {

    private S3ProxyServer s3proxy;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        s3proxy = S3ProxyServer.start(Path.of("target/s3proxy-data").toAbsolutePath(), "parley-attachments");
        return Map.of(
                "parley.storage.kind", "s3",
                "parley.storage.s3.bucket", "parley-attachments",
                "parley.storage.s3.endpoint", s3proxy.endpoint().toString(),
                "parley.storage.s3.access-key-id", S3ProxyServer.ACCESS_KEY,
                "parley.storage.s3.secret-access-key", S3ProxyServer.SECRET_KEY);
    }

    @AfterAll
    void stopS3Proxy() {
        s3proxy.close();
    }

    @Test
    void an_image_sent_in_a_message_is_fetched_by_members_through_a_signed_url_and_by_nobody_else() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        Person eve = register(api, "Eve");
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        String image = (String) api.upload("/api/attachments", "view.png", "image/png", MediaSamples.image("png", 640, 480), ann.token())
                .json().get("id");

        try (SocketClient annSocket = SocketClient.connect(server.getURI(), ann.token());
             SocketClient bobSocket = SocketClient.connect(server.getURI(), bob.token())) {
            bobSocket.request("ping", Map.of());
            annSocket.request("send_message", Map.of("roomId", direct, "attachmentIds", List.of(image)));

            @SuppressWarnings("unchecked")
            Map<String, Object> file = ((List<Map<String, Object>>) data(bobSocket.awaitEvent("receive_message")).get("attachments")).get(0);
            BinaryReply redirect = api.download((String) file.get("thumbnailUrl"), bob.token());
            assertEquals(302, redirect.status());
            URI signed = URI.create(redirect.header("Location"));
            assertTrue(signed.toString().startsWith(s3proxy.endpoint().toString()), signed.toString());

            HttpResponse<byte[]> thumbnail = HttpClient.newHttpClient().send(HttpRequest.newBuilder(signed).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, thumbnail.statusCode());
            assertEquals("image/png", thumbnail.headers().firstValue("Content-Type").orElseThrow());
            assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth());
            assertEquals(404, api.download((String) file.get("thumbnailUrl"), eve.token()).status());
            assertEquals(404, api.download((String) file.get("url"), eve.token()).status());
        }
    }

    @Test
    void the_web_client_may_fetch_from_the_bucket_it_is_redirected_to_and_nowhere_else() {
        BinaryReply page = new ApiClient(server.getURI()).download("/", null);

        String policy = page.header("Content-Security-Policy");
        String connectSources = Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith("connect-src "))
                .findFirst().orElseThrow(() -> new AssertionError(policy));
        String bucket = s3proxy.endpoint().getScheme() + "://" + s3proxy.endpoint().getRawAuthority();
        String host = "localhost:" + server.getPort();
        assertEquals("connect-src 'self' ws://" + host + " wss://" + host + " " + bucket, connectSources);
    }
}
