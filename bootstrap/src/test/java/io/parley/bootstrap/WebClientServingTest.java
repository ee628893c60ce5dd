package io.parley.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.ApiClient;
import io.parley.testing.ApiClient.BinaryReply;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web client's files as a browser gets them. The pages under test/resources/public stand in
 * for a Next.js export, whose file names change with every build.
 */
@MicronautTest
class WebClientServingTest {

    @Inject
    EmbeddedServer server;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(server.getURI());
    }

    @Test
    void the_client_is_served_at_the_root_as_html_that_is_always_revalidated() {
        BinaryReply root = api.download("/", null);

        assertEquals(200, root.status());
        assertTrue(root.header("Content-Type").startsWith("text/html"), root.header("Content-Type"));
        assertEquals("no-cache", root.header("Cache-Control"));
        assertEquals("nosniff", root.header("X-Content-Type-Options"));
        assertEquals("frame-ancestors 'none'", root.header("Content-Security-Policy"));
    }

    @Test
    void a_page_is_found_by_its_directory_whatever_its_query() {
        BinaryReply page = api.download("/fixture-page/?c=0192f1e2-aaaa", null);

        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(new String(page.body()).contains("<title>fixture</title>"));
        assertEquals("no-cache", page.header("Cache-Control"));
    }

    @Test
    void route_payloads_are_served_as_text_and_revalidated() {
        BinaryReply payload = api.download("/fixture-page/index.txt?_rsc=x1", null);

        assertEquals(200, payload.status());
        assertTrue(payload.header("Content-Type").startsWith("text/plain"), payload.header("Content-Type"));
        assertEquals("no-cache", payload.header("Cache-Control"));
    }

    @Test
    void hashed_assets_are_cached_for_a_year() {
        BinaryReply script = api.download("/_next/static/chunks/fixture-3f9a.js", null);

        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").contains("javascript"), script.header("Content-Type"));
        assertEquals("public, max-age=31536000, immutable", script.header("Cache-Control"));
    }

    @Test
    void api_answers_keep_their_own_headers() {
        BinaryReply health = api.download("/api/health", null);

        assertEquals(200, health.status());
        assertNull(health.header("Content-Security-Policy"));
        assertTrue(health.header("Cache-Control") == null || !health.header("Cache-Control").contains("immutable"));
    }
}
