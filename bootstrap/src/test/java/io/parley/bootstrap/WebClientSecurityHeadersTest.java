package io.parley.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.BinaryReply;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web client's security headers as a browser gets them (ADR 0010). The fixture page
 * test/resources/public/inline-scripts/ has inline scripts, as every page of a Next.js export does.
 */
@MicronautTest
class WebClientSecurityHeadersTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    /** A Content-Security-Policy by directive name, each with its sources as written. */
    static Map<String, String> directives(String policy) {
        assertTrue(policy != null && !policy.isBlank(), "no Content-Security-Policy");
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] nameAndSources = directive.strip().split(" ", 2);
            directives.put(nameAndSources[0], nameAndSources.length > 1 ? nameAndSources[1] : "");
        }
        return directives;
    }

    static String hashSource(String script) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
        return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    }

    @Test
    void a_page_may_run_scripts_from_parley_and_exactly_its_own_inline_scripts() throws Exception {
        BinaryReply page = api.download("/inline-scripts/", null);

        assertEquals(200, page.status());
        Map<String, String> policy = directives(page.header("Content-Security-Policy"));
        assertEquals("'self' " + hashSource("self.__next_f=self.__next_f||[]") + " " + hashSource("\nconsole.log(\"é\");\n"),
                policy.get("script-src"));
    }

    @Test
    void a_page_is_locked_down_everywhere_else() {
        String host = "localhost:" + server.getPort();

        BinaryReply page = api.download("/inline-scripts/", null);

        Map<String, String> policy = directives(page.header("Content-Security-Policy"));
        assertEquals("'self'", policy.get("default-src"));
        assertEquals("'self' 'unsafe-inline'", policy.get("style-src"));
        assertEquals("'self' blob:", policy.get("img-src"));
        assertEquals("'self' ws://" + host + " wss://" + host, policy.get("connect-src"));
        assertEquals("'none'", policy.get("object-src"));
        assertEquals("'none'", policy.get("base-uri"));
        assertEquals("'self'", policy.get("form-action"));
        assertEquals("'none'", policy.get("frame-ancestors"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertEquals("same-origin", page.header("Cross-Origin-Opener-Policy"));
        String permissions = page.header("Permissions-Policy");
        for (String feature : new String[] {"camera", "microphone", "geolocation", "payment", "usb"}) {
            assertTrue(permissions.contains(feature + "=()"), permissions);
        }
    }

    @Test
    void a_page_asked_for_by_its_file_name_or_missing_gets_a_policy_made_for_it_too() throws Exception {
        BinaryReply byName = api.download("/inline-scripts/index.html", null);
        BinaryReply missing = api.download("/no-such-page/", null);

        assertEquals(200, byName.status());
        assertTrue(directives(byName.header("Content-Security-Policy")).get("script-src")
                .contains(hashSource("self.__next_f=self.__next_f||[]")));
        assertEquals(404, missing.status());
        assertEquals("'self'", directives(missing.header("Content-Security-Policy")).get("script-src"));
    }

    @Test
    void other_files_allow_no_inline_script_at_all() {
        for (String file : new String[] {"/_next/static/chunks/fixture-3f9a.js", "/fixture-page/index.txt"}) {
            BinaryReply reply = api.download(file, null);

            assertEquals(200, reply.status(), file);
            Map<String, String> policy = directives(reply.header("Content-Security-Policy"));
            assertEquals("'self'", policy.get("script-src"), file);
            assertEquals("'none'", policy.get("frame-ancestors"), file);
            assertEquals("no-referrer", reply.header("Referrer-Policy"), file);
        }
    }

    @Test
    void a_host_header_cannot_write_into_the_policy() throws IOException {
        String head = rawGet("/inline-scripts/", "localhost; script-src 'unsafe-inline'");

        String policy = head.lines().filter(line -> line.toLowerCase().startsWith("content-security-policy:"))
                .findFirst().orElseThrow().substring("content-security-policy:".length());
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertEquals("'self'", directives(policy).get("connect-src"), policy);
        assertFalse(directives(policy).get("script-src").contains("unsafe-inline"), policy);
    }

    @Test
    void api_answers_get_none_of_the_pages_headers() {
        BinaryReply health = api.download("/api/health", null);

        assertEquals(200, health.status());
        assertNull(health.header("Content-Security-Policy"));
        assertNull(health.header("Permissions-Policy"));
    }

    /** A request with a Host header no HTTP client class would send. */
    private String rawGet(String target, String host) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        }
    }
}
