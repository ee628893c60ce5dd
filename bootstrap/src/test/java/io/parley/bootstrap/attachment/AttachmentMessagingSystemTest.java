package io.parley.bootstrap.attachment;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.SocketClient.data;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.MediaSamples;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files travel in messages: to members only, each upload once, by its uploader only. */
@MicronautTest
class AttachmentMessagingSystemTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;
    Person bob;
    Person eve;
    String direct;

    @BeforeEach
    void setUp() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        bob = register(api, "Bob");
        eve = register(api, "Eve");
        direct = (String) api.post("/api/conversations/direct", Map.of("userId", bob.id()), ann.token()).json().get("id");
    }

    private String upload(Person who, String name, byte[] bytes, String type) {
        return (String) api.upload("/api/attachments", name, type, bytes, who.token()).json().get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> attachmentsOf(Map<String, Object> message) {
        return (List<Map<String, Object>>) message.get("attachments");
    }

    @Test
    void an_image_sent_by_one_member_reaches_the_other_with_a_thumbnail_only_members_can_fetch() throws Exception {
        String image = upload(ann, "sunset.png", MediaSamples.image("png", 640, 480), "image/png");
        try (SocketClient annSocket = SocketClient.connect(server.getURI(), ann.token());
             SocketClient bobSocket = SocketClient.connect(server.getURI(), bob.token())) {
            bobSocket.request("ping", Map.of());

            Map<String, Object> ack = annSocket.request("send_message", Map.of("roomId", direct, "content", "", "attachmentIds", List.of(image)));
            assertEquals("ack", ack.get("type"), ack.toString());

            Map<String, Object> received = data(bobSocket.awaitEvent("receive_message"));
            assertEquals("image", received.get("type"));
            Map<String, Object> file = attachmentsOf(received).get(0);
            assertEquals(image, file.get("id"));
            assertEquals(640, file.get("width"));
            byte[] thumbnail = api.download((String) file.get("thumbnailUrl"), bob.token()).body();
            assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth());
            assertEquals(404, api.download((String) file.get("thumbnailUrl"), eve.token()).status());
            assertEquals(404, api.download((String) file.get("url"), eve.token()).status());
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> latest = ((List<Map<String, Object>>) api.get("/api/conversations/" + direct + "/messages", bob.token())
                .json().get("messages")).get(0);
        assertEquals(image, attachmentsOf(latest).get(0).get("id"), "history carries the files too");
        Map<String, Object> inboxEntry = api.get("/api/conversations", bob.token()).jsonList().get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> lastMessage = (Map<String, Object>) inboxEntry.get("lastMessage");
        assertEquals(image, attachmentsOf(lastMessage).get(0).get("id"), "and so does the inbox");
    }

    @Test
    void a_document_makes_a_file_message_with_its_text() throws Exception {
        String pdf = upload(ann, "minutes.pdf", MediaSamples.pdf(), "application/pdf");
        try (SocketClient annSocket = SocketClient.connect(server.getURI(), ann.token())) {
            Map<String, Object> ack = annSocket.request("send_message", Map.of("roomId", direct, "content", "the minutes", "attachmentIds", List.of(pdf)));

            @SuppressWarnings("unchecked")
            Map<String, Object> message = (Map<String, Object>) data(ack).get("message");
            assertEquals("file", message.get("type"));
            assertEquals("the minutes", message.get("content"));
            assertEquals("minutes.pdf", attachmentsOf(message).get(0).get("name"));
        }
    }

    @Test
    void an_upload_goes_in_one_message_only_and_only_from_its_uploader() throws Exception {
        String image = upload(ann, "a.png", MediaSamples.image("png", 20, 20), "image/png");
        try (SocketClient annSocket = SocketClient.connect(server.getURI(), ann.token());
             SocketClient bobSocket = SocketClient.connect(server.getURI(), bob.token())) {
            assertEquals("ack", annSocket.request("send_message", Map.of("roomId", direct, "attachmentIds", List.of(image))).get("type"));

            assertEquals("conflict", data(annSocket.request("send_message", Map.of("roomId", direct, "attachmentIds", List.of(image)))).get("code"));
            assertEquals("not_found", data(bobSocket.request("send_message", Map.of("roomId", direct, "attachmentIds", List.of(image)))).get("code"));
            assertEquals("not_found", data(annSocket.request("send_message", Map.of("roomId", direct, "attachmentIds", List.of("no-such-file")))).get("code"));
            assertEquals("attachmentIds", data(annSocket.request("send_message",
                    Map.of("roomId", direct, "attachmentIds", Collections.nCopies(11, "x").stream().map(x -> x + UUID.randomUUID()).toList()))).get("field"));
            assertEquals("content", data(annSocket.request("send_message", Map.of("roomId", direct, "attachmentIds", List.of()))).get("field"));
        }
    }
}
