package io.parley.adapters.persistence;

/** Search text for SQL {@code LIKE}: its wildcards and the escape character match only themselves. */
public final class LikePatterns {

    private LikePatterns() {
    }

    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }
}
