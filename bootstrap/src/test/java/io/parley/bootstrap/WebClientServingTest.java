package io.parley.bootstrap;

import static io.parley.testing.ProblemAssertions.assertProblem;
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
    }

    @Test
    void a_page_is_its_directory_index_whatever_its_query() {
        BinaryReply page = api.download("/fixture-page/?c=0192f1e2-aaaa", null);

        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
        assertTrue(new String(page.body()).contains("<title>fixture</title>"));
        assertEquals("no-cache", page.header("Cache-Control"));
    }

    @Test
    void a_page_without_its_trailing_slash_is_redirected_with_its_query() {
        BinaryReply page = api.download("/fixture-page?c=42", null);

        assertEquals(308, page.status(), page.toString());
        assertEquals("/fixture-page/?c=42", page.header("Location"));
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
        assertEquals("console.log(\"fixture\");\n", new String(script.body()));
    }

    @Test
    void an_unknown_page_is_the_clients_not_found_page_with_404() {
        BinaryReply missing = api.download("/no-such-page/", null);

        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("text/html"), missing.header("Content-Type"));
        assertTrue(new String(missing.body()).contains("<title>not found fixture</title>"));
    }

    @Test
    void nothing_outside_the_client_can_be_reached() {
        assertEquals(404, api.download("/../application.yml", null).status());
        assertEquals(404, api.download("/%2e%2e/application.yml", null).status());
        assertEquals(404, api.download("/_next/..%2f..%2fapplication.yml", null).status());
    }

    @Test
    void the_api_answers_a_browser_that_accepts_anything() {
        assertEquals(200, api.send("GET", "/api/health", null, null, "Accept", "*/*").status());
        assertProblem(api.send("GET", "/api/users/me", null, null, "Accept", "*/*"), 401, "unauthorized");
        assertProblem(api.send("GET", "/api/no-such-thing", null, null, "Accept", "*/*"), 404, "not_found");
    }

    @Test
    void unknown_api_paths_stay_problems_and_api_answers_keep_their_own_headers() {
        assertProblem(api.get("/api/no-such-thing", null), 404, "not_found");

        BinaryReply health = api.download("/api/health", null);
        assertEquals(200, health.status());
        assertNull(health.header("Content-Security-Policy"));
    }
}
