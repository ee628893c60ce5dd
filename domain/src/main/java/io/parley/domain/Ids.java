package io.parley.domain;

import java.util.regex.Pattern;

/**
 * The shape of every id Parley hands out: up to 64 ASCII letters, digits, {@code -} and
 * {@code _} (the ids it makes are UUIDs). Anything else names nothing, so it is refused before
 * it can reach a query.
 */
public final class Ids {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Ids() {
    }

    public static boolean wellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }
}
