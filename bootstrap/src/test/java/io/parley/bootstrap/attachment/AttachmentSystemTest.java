package io.parley.bootstrap.attachment;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.annotation.Property;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads and downloads over HTTP on local storage, with a small size limit to test it cheaply. */
@MicronautTest
@Property(name = "parley.attachments.max-bytes", value = "300000")
class AttachmentSystemTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;
    Person bob;

    @BeforeEach
    void people() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
        bob = register(api, "Bob");
    }

    @Test
    void an_image_is_stored_with_its_size_and_a_thumbnail_its_uploader_can_fetch() throws Exception {
        Reply uploaded = api.upload("/api/attachments", "holiday.png", "image/png", MediaSamples.image("png", 800, 400), ann.token());

        assertEquals(201, uploaded.status(), uploaded.toString());
        Map<String, Object> a = uploaded.json();
        assertEquals("holiday.png", a.get("name"));
        assertEquals("image/png", a.get("contentType"));
        assertEquals(800, a.get("width"));
        assertEquals(400, a.get("height"));
        assertEquals("/api/attachments/" + a.get("id"), a.get("url"));
        assertEquals("/api/attachments/" + a.get("id") + "/thumbnail", a.get("thumbnailUrl"));

        BinaryReply full = api.download((String) a.get("url"), ann.token());
        assertEquals(200, full.status());
        assertEquals("image/png", full.header("Content-Type"));
        assertEquals("nosniff", full.header("X-Content-Type-Options"));
        assertTrue(full.header("Content-Disposition").startsWith("inline"));
        assertEquals(800, ImageIO.read(new ByteArrayInputStream(full.body())).getWidth());

        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(api.download((String) a.get("thumbnailUrl"), ann.token()).body()));
        assertEquals(320, thumbnail.getWidth());
        assertEquals(160, thumbnail.getHeight());
    }

    @Test
    void a_photos_exif_does_not_leave_the_server() throws Exception {
        Map<String, Object> a = api.upload("/api/attachments", "me.jpg", "image/jpeg", MediaSamples.jpegWithExif("48.8584N,2.2945E"), ann.token()).json();

        String served = new String(api.download((String) a.get("url"), ann.token()).body(), StandardCharsets.ISO_8859_1);

        assertFalse(served.contains("48.8584N"));
        assertFalse(served.contains("Exif"));
    }

    @Test
    void html_dressed_as_a_png_is_refused() {
        byte[] html = "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertProblem(api.upload("/api/attachments", "cat.png", "image/png", html, ann.token()), 415, "unsupported_media_type");
    }

    @Test
    void documents_are_downloads_never_inline() {
        Map<String, Object> pdf = api.upload("/api/attachments", "report.pdf", "application/pdf", MediaSamples.pdf(), ann.token()).json();
        Map<String, Object> text = api.upload("/api/attachments", "notes.txt", "text/plain",
                "<b>not html</b> just notes".getBytes(StandardCharsets.UTF_8), ann.token()).json();

        BinaryReply pdfReply = api.download((String) pdf.get("url"), ann.token());
        BinaryReply textReply = api.download((String) text.get("url"), ann.token());

        assertEquals("application/pdf", pdfReply.header("Content-Type"));
        assertTrue(pdfReply.header("Content-Disposition").startsWith("attachment"));
        assertEquals("text/plain", textReply.header("Content-Type"));
        assertTrue(textReply.header("Content-Disposition").startsWith("attachment"));
        assertEquals("nosniff", textReply.header("X-Content-Type-Options"));
        assertNull(pdf.get("thumbnailUrl"));
    }

    @Test
    void a_path_in_the_file_name_is_only_a_name() throws Exception {
        Reply uploaded = api.upload("/api/attachments", "../../../etc/passwd.txt", "text/plain", "root:x:0:0".getBytes(), ann.token());

        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals("passwd.txt", uploaded.json().get("name"));
        try (Stream<Path> files = Files.walk(Path.of("target/test-data"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals("passwd.txt")));
        }
    }

    @Test
    void an_oversized_upload_is_refused() {
        assertProblem(api.upload("/api/attachments", "big.zip", "application/zip", new byte[400_000], ann.token()), 413, "payload_too_large");
    }

    @Test
    void a_decompression_bomb_is_refused_without_being_decoded() {
        assertProblem(api.upload("/api/attachments", "bomb.png", "image/png", MediaSamples.pngBomb(100_000, 100_000), ann.token()),
                413, "payload_too_large");
    }

    @Test
    void nobody_but_the_uploader_sees_an_unsent_file() throws Exception {
        Map<String, Object> a = api.upload("/api/attachments", "a.png", "image/png", MediaSamples.image("png", 10, 10), ann.token()).json();

        assertEquals(404, api.download((String) a.get("url"), bob.token()).status());
        assertEquals(404, api.download((String) a.get("thumbnailUrl"), bob.token()).status());
        assertEquals(401, api.download((String) a.get("url"), null).status());
        assertEquals(404, api.download("/api/attachments/no-such-file", ann.token()).status());
    }

    @Test
    void media_can_be_fetched_in_ranges() throws Exception {
        byte[] bytes = MediaSamples.zip();
        Map<String, Object> a = api.upload("/api/attachments", "a.zip", "application/zip", bytes, ann.token()).json();

        BinaryReply part = api.download((String) a.get("url"), ann.token(), "Range", "bytes=2-9");

        assertEquals(206, part.status());
        assertEquals("bytes 2-9/" + bytes.length, part.header("Content-Range"));
        assertArrayEquals(java.util.Arrays.copyOfRange(bytes, 2, 10), part.body());
    }

    @Test
    void an_upload_is_multipart() {
        assertProblem(api.send("POST", "/api/attachments", "{}", ann.token()), 415, "unsupported_media_type");
    }
}
