package io.parley.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineScriptsTest {

    @Test
    void an_inline_script_is_allowed_by_the_hash_of_its_exact_text() {
        // The example of the CSP specification's users' guide (MDN), so the encoding is checked too.
        assertEquals(List.of("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"),
                InlineScripts.hashSources("<p>hi</p><script>alert('Hello, world.');</script>"));
    }

    @Test
    void scripts_with_a_source_need_no_hash_and_tags_and_attributes_are_read_as_the_browser_reads_them() {
        String html = "<script src=\"/a.js\" async></script><script async src='/b.js'></script>"
                + "<script data-src=\"x\">a()</script><SCRIPT id=\"_R_\">\nb()\n</SCRIPT ><scripts>not one</scripts>";

        assertEquals(List.of(InlineScripts.hashSources("<script>a()</script>").get(0),
                        InlineScripts.hashSources("<script>\nb()\n</script>").get(0)),
                InlineScripts.hashSources(html));
    }

    @Test
    void a_page_without_inline_scripts_has_no_hashes() {
        assertEquals(List.of(), InlineScripts.hashSources("<!doctype html><title>x</title><script src=\"/x.js\"></script>"));
    }
}
