package io.parley.domain.message;

import java.util.Locale;

public enum MessageType {
    TEXT,
    IMAGE,
    FILE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
