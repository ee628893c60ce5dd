package io.parley.domain.attachment;

import java.text.Normalizer;

/**
 * The name an uploaded file is shown under. It is for display only — storage keys are random —
 * so it only has to be harmless: no path, no control or bidirectional-override characters, bounded.
 */
public final class FileName {

    public static final int MAX_LENGTH = 200;

    private FileName() {
    }

    public static String forDisplay(String declared) {
        if (declared == null) {
            return "file";
        }
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .filter(c -> Character.getType(c) != Character.FORMAT) // bidi overrides, zero-width tricks
                .filter(c -> "\"<>|:*?".indexOf(c) < 0)
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip().replaceAll("^\\.+", "");
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX_LENGTH));
        }
        return result.isEmpty() ? "file" : result;
    }
}
