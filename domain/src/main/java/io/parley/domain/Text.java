package io.parley.domain;

/** Rules for the human-written text Parley stores: names, bios, and later messages. */
public final class Text {

    private Text() {
    }

    /**
     * Trims {@code value} and checks its length in code points (an emoji counts once) and that
     * it holds no control characters other than the {@code allowed} ones.
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
        return trimmed;
    }
}
