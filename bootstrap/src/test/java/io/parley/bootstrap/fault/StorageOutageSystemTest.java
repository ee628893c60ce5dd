package io.parley.bootstrap.fault;

import static io.parley.bootstrap.fault.DatabaseOutageSystemTest.assertHealth;
import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.BinaryReply;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.MediaSamples;
import io.parley.testing.S3ProxyServer;
import io.parley.testing.SocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parley with {@code STORAGE=s3} on S3Proxy, which is stopped while Parley runs and started again
 * on the same port and directory. Files are refused as unavailable meanwhile; messages are not.
 */
class StorageOutageSystemTest {

    private static final String BUCKET = "parley-attachments";
    /** The bound for "a clear answer instead of a hang"; the figures printed are what was measured. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
    /** The health cache's life, a probe, and room to spare. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(20);

    private S3ProxyServer s3proxy;
    private EmbeddedServer parley;

    @BeforeEach
    void start() {
        s3proxy = S3ProxyServer.start(Path.of("target/fault-s3proxy").toAbsolutePath(), BUCKET);
        parley = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "parley.storage.kind", "s3",
                "parley.storage.s3.bucket", BUCKET,
                "parley.storage.s3.endpoint", s3proxy.endpoint().toString(),
                "parley.storage.s3.access-key-id", S3ProxyServer.ACCESS_KEY,
                "parley.storage.s3.secret-access-key", S3ProxyServer.SECRET_KEY), Environment.TEST);
    }

    @AfterEach
    void stop() {
        if (parley != null) {
            parley.getApplicationContext().close();
        }
        if (s3proxy != null) {
            s3proxy.close();
        }
    }

    @Test
    void while_storage_is_down_files_are_refused_as_unavailable_messages_still_flow_and_uploads_work_again_once_it_is_back()
            throws Exception {
        URI uri = parley.getURI();
        ApiClient api = new ApiClient(uri);
        Person ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        String direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
        byte[] image = MediaSamples.image("png", 64, 48);
        String sent = (String) upload(api, ann, image).json().get("id");
        Reply avatar = api.upload("PUT", "/api/users/me/avatar", "me.png", "image/png", image, ann.token());
        assertEquals(200, avatar.status(), avatar.toString());
        String avatarUrl = (String) avatar.json().get("avatarUrl");
        assertHealth(api.get("/api/health", null), 200, "UP", "UP");

        try (SocketClient annSocket = SocketClient.connect(uri, ann.token())) {
            assertEquals("ack", annSocket.request("send_message", Map.of("conversationId", direct, "attachmentIds", List.of(sent))).get("type"));

            s3proxy.close();
            long stoppedAt = System.nanoTime();

            long asked = System.nanoTime();
            Reply refusedUpload = upload(api, ann, image);
            Duration uploadAnswer = Sender.since(asked);
            assertProblem(refusedUpload, 503, "unavailable");
            assertNotNull(refusedUpload.header("Retry-After"), refusedUpload.headers().toString());
            assertTrue(uploadAnswer.compareTo(ANSWER_WITHIN) < 0, "answered in " + uploadAnswer);
            assertProblem(api.upload("PUT", "/api/users/me/avatar", "me.png", "image/png", image, ann.token()), 503, "unavailable");
            // An avatar is streamed from the bucket through Parley.
            assertProblem(text(api.download(avatarUrl, bob.token())), 503, "unavailable");

            // A file download is a signed redirect that asks nothing of the bucket: refused once the bucket is known to be down.
            BinaryReply refusedDownload = await(() -> api.download("/api/attachments/" + sent, bob.token()), r -> r.status() != 302);
            Duration downloadRefused = Sender.since(stoppedAt);
            assertProblem(text(refusedDownload), 503, "unavailable");

            Map<String, Object> text = annSocket.request("send_message", Map.of("conversationId", direct, "content", "still here"));
            assertEquals("ack", text.get("type"), text.toString());
            assertEquals(200, api.get("/api/conversations", bob.token()).status());
            Reply storageDown = await(() -> api.get("/api/health", null), r -> r.body().contains("\"storage\":\"DOWN\""));
            Duration healthDown = Sender.since(stoppedAt);
            assertHealth(storageDown, 200, "UP", "DOWN");

            s3proxy.restart();
            long restartedAt = System.nanoTime();
            Reply uploaded = await(() -> upload(api, ann, image), r -> r.status() != 503);
            Duration uploadRecovery = Sender.since(restartedAt);
            assertEquals(201, uploaded.status(), uploaded.toString());
            BinaryReply redirect = await(() -> api.download("/api/attachments/" + sent, bob.token()), r -> r.status() != 503);
            Duration downloadRecovery = Sender.since(restartedAt);
            assertEquals(302, redirect.status());
            HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(redirect.header("Location"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), "the file sent before the outage is still there");
            assertEquals(200, api.download(avatarUrl, bob.token()).status());
            assertHealth(await(() -> api.get("/api/health", null), r -> r.body().contains("\"storage\":\"UP\"")), 200, "UP", "UP");

            System.out.printf("fault/storage: refused upload answered in %d ms; downloads refused %d ms and health DOWN %d ms after the stop; "
                            + "uploads again %d ms and downloads again %d ms after the restart%n",
                    uploadAnswer.toMillis(), downloadRefused.toMillis(), healthDown.toMillis(), uploadRecovery.toMillis(),
                    downloadRecovery.toMillis());
        }
    }

    private static Reply text(BinaryReply reply) {
        return new Reply(reply.status(), reply.headers(), new String(reply.body(), StandardCharsets.UTF_8));
    }

    private static Reply upload(ApiClient api, Person who, byte[] image) {
        return api.upload("/api/attachments", "view.png", "image/png", image, who.token());
    }

    /** Asks until the answer matches, each answer within the bound, for at most {@link #NOTICED_WITHIN}; the last answer either way. */
    private static <T> T await(Supplier<T> ask, Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + NOTICED_WITHIN.toNanos();
        while (true) {
            long asked = System.nanoTime();
            T answer = ask.get();
            assertTrue(Sender.since(asked).compareTo(ANSWER_WITHIN) < 0, "answered in " + Sender.since(asked));
            if (done.test(answer) || System.nanoTime() > deadline) {
                return answer;
            }
            Thread.sleep(200);
        }
    }
}
