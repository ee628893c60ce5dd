package io.parley.domain;

/** Rules for the human-written text Parley stores: names, bios, and later messages. */
public final class Text {

    private Text() {
    }

    /**
     * Trims {@code value} and checks its length in code points (an emoji counts once), that it
     * holds no control characters other than the {@code allowed} ones and no bidirectional
     * overrides (which make a name read differently from what it is), and that a required text
     * shows something: zero-width characters alone do not make a name.
     */
    public static String require(String field, String value, int min, int max, String allowedControls) {
        if (value == null) {
            throw Refusal.invalid(field, field + " is required");
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min) {
            throw Refusal.invalid(field, min == 1 ? field + " must not be empty" : field + " must be at least " + min + " characters");
        }
        if (length > max) {
            throw Refusal.invalid(field, field + " must be at most " + max + " characters");
        }
        boolean badControl = trimmed.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && allowedControls.indexOf(c) < 0);
        if (badControl) {
            throw Refusal.invalid(field, field + " must not contain control characters");
        }
        if (trimmed.codePoints().anyMatch(Text::isBidiControl)) {
            throw Refusal.invalid(field, field + " must not contain bidirectional control characters");
        }
        if (min > 0 && trimmed.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT || Character.isWhitespace(c))) {
            throw Refusal.invalid(field, field + " must contain visible characters");
        }
        return trimmed;
    }

    // Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); plain direction marks stay.
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
