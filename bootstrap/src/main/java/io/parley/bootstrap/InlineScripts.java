package io.parley.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline scripts of a page, as Content-Security-Policy hash sources. Next.js's static export
 * puts its bootstrap and its route data in inline scripts that differ per page and per build, so
 * the policy allows exactly the ones in the page being served and no other inline script.
 */
final class InlineScripts {

    // Exported pages are well-formed and a script's text cannot contain "</script" (it would end
    // the element in the browser too), so a pattern finds exactly what the browser will run.
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SRC = Pattern.compile("(^|\\s)src\\s*=", Pattern.CASE_INSENSITIVE);

    private InlineScripts() {
    }

    /** {@code 'sha256-…'} for each inline script of {@code html}, in order; scripts with a src have none. */
    static List<String> hashSources(String html) {
        List<String> sources = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!SRC.matcher(script.group(1)).find()) {
                sources.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(script.group(2))) + "'");
            }
        }
        return sources;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
