package io.parley.bootstrap.attachment;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import io.parley.testing.MediaSamples;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An image whose header reads but whose data does not decode is refused, on both upload endpoints, and leaves nothing behind. */
@MicronautTest
class UndecodableImageSystemTest {

    private static final Path UPLOADS = Path.of("target/test-data/uploads");
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource database;

    private static Set<Path> files(Path dir, String... prefixes) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> prefixes.length == 0 || Stream.of(prefixes).anyMatch(f.getFileName().toString()::startsWith))
                    .collect(Collectors.toSet());
        }
    }

    private long attachmentsUploadedBy(Person person) throws Exception {
        try (Connection connection = database.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM attachments WHERE uploader_id = ?")) {
            count.setString(1, person.id());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void an_undecodable_image_is_415_and_stores_nothing_and_keeps_the_avatar() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");
        String avatar = (String) api.upload("PUT", "/api/users/me/avatar", "me.png", "image/png", MediaSamples.image("png", 64, 64), ann.token())
                .json().get("avatarUrl");
        Set<Path> blobs = files(UPLOADS);
        Set<Path> temporaries = files(TEMP, "parley-");

        for (Map.Entry<String, byte[]> sample : MediaSamples.undecodableImages().entrySet()) {
            Reply attachment = api.upload("/api/attachments", "broken", "image/png", sample.getValue(), ann.token());
            Reply newAvatar = api.upload("PUT", "/api/users/me/avatar", "broken", "image/png", sample.getValue(), ann.token());

            assertEquals(415, attachment.status(), sample.getKey() + " as an attachment: " + attachment);
            assertProblem(attachment, 415, "unsupported_media_type");
            assertEquals(415, newAvatar.status(), sample.getKey() + " as an avatar: " + newAvatar);
            assertProblem(newAvatar, 415, "unsupported_media_type");
        }

        assertEquals(0, attachmentsUploadedBy(ann), "attachment rows");
        assertEquals(blobs, files(UPLOADS), "blobs");
        assertEquals(Set.of(), files(TEMP, "parley-").stream().filter(f -> !temporaries.contains(f)).collect(Collectors.toSet()),
                "temporary files left behind");
        assertEquals(avatar, api.get("/api/users/me", ann.token()).json().get("avatarUrl"));
        assertEquals(200, api.download(avatar, ann.token()).status());
    }
}
