package io.parley.bootstrap.attachment;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.BinaryReply;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.MediaSamples;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

@MicronautTest
class AvatarSystemTest {

    @Inject
    EmbeddedServer server;

    @Test
    void an_avatar_is_a_square_anyone_signed_in_can_see() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");
        Person bob = register(api, "Bob");
        assertNull(api.get("/api/users/me", ann.token()).json().get("avatarUrl"));

        Reply changed = api.upload("PUT", "/api/users/me/avatar", "me.jpg", "image/jpeg", MediaSamples.jpegWithExif("51.5N,0.1W"), ann.token());

        assertEquals(200, changed.status(), changed.toString());
        String url = (String) changed.json().get("avatarUrl");
        assertEquals(url, api.get("/api/users/" + ann.id(), bob.token()).json().get("avatarUrl"));
        BinaryReply avatar = api.download(url, bob.token());
        assertEquals(200, avatar.status());
        assertEquals("image/png", avatar.header("Content-Type"));
        assertEquals("private, max-age=604800, immutable", avatar.header("Cache-Control"), "not the no-store of the API's JSON");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(avatar.body()));
        assertEquals(image.getWidth(), image.getHeight());
        assertEquals(30, image.getWidth(), "a 40×30 photo gives a 30 px square: never enlarged");
        assertEquals(-1, new String(avatar.body(), StandardCharsets.ISO_8859_1).indexOf("51.5N"));
        assertEquals(401, api.download(url, null).status());

        String next = (String) api.upload("PUT", "/api/users/me/avatar", "new.png", "image/png", MediaSamples.image("png", 600, 400), ann.token())
                .json().get("avatarUrl");
        assertNotEquals(url, next, "a new picture has a new URL");
        assertEquals(256, ImageIO.read(new ByteArrayInputStream(api.download(next, bob.token()).body())).getWidth());
    }

    @Test
    void an_avatar_must_be_an_image() {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");

        assertProblem(api.upload("PUT", "/api/users/me/avatar", "me.pdf", "application/pdf", MediaSamples.pdf(), ann.token()), 415, "unsupported_media_type");
        assertProblem(api.get("/api/users/" + ann.id() + "/avatar", ann.token()), 404, "not_found");
    }
}
