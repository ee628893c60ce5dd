package io.parley.bootstrap.attachment;

import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.MediaSamples;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Parley keeps images at most 4096 px on their long side (ADR 0006): a bigger one is stored scaled down. */
@MicronautTest
class HugeImageSystemTest {

    @Inject
    EmbeddedServer server;

    private static BufferedImage fetched(ApiClient api, String url, Person person) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(api.download(url, person.token()).body()));
    }

    @Test
    void a_27_megapixel_png_is_stored_4096_px_wide_and_described_as_stored() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");

        Reply uploaded = api.upload("/api/attachments", "huge.png", "image/png", MediaSamples.image("png", 6000, 4500), ann.token());

        assertEquals(201, uploaded.status(), uploaded.toString());
        Map<String, Object> a = uploaded.json();
        assertEquals(4096, a.get("width"));
        assertEquals(3072, a.get("height"));
        BufferedImage stored = fetched(api, (String) a.get("url"), ann);
        assertEquals(4096, stored.getWidth());
        assertEquals(3072, stored.getHeight());
        BufferedImage thumbnail = fetched(api, (String) a.get("thumbnailUrl"), ann);
        assertEquals(320, thumbnail.getWidth());
        assertEquals(240, thumbnail.getHeight());
    }
}
