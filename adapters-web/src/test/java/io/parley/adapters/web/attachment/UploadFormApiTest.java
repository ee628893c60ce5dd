package io.parley.adapters.web.attachment;

import static io.parley.testing.Accounts.register;
import static io.parley.testing.ProblemAssertions.assertInvalidField;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.Reply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both upload endpoints take a multipart part named {@code file}, and it must be a file. */
@MicronautTest
class UploadFormApiTest {

    private static final String BOUNDARY = "parley-form-test";

    @Inject
    EmbeddedServer server;

    ApiClient api;
    Person ann;

    @BeforeEach
    void person() {
        api = new ApiClient(server.getURI());
        ann = register(api, "Ann");
    }

    /** A form whose part named file is a text field (no filename), as a script or a hand-written client may send it. */
    private Reply textFieldAsFile(String method, String path) {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nnot a file\r\n--" + BOUNDARY + "--\r\n";
        return api.send(method, path, body, ann.token(), "Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    }

    @Test
    void a_text_field_named_file_is_not_a_file() {
        assertInvalidField(textFieldAsFile("POST", "/api/attachments"), "file");
        assertInvalidField(textFieldAsFile("PUT", "/api/users/me/avatar"), "file");
    }

    @Test
    void a_form_without_a_file_part_names_the_file_as_missing() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";
        for (String[] upload : new String[][] {{"POST", "/api/attachments"}, {"PUT", "/api/users/me/avatar"}}) {
            assertInvalidField(api.send(upload[0], upload[1], body, ann.token(), "Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                    "file");
        }
    }
}
