package io.parley.domain.message;

import java.time.Instant;
import java.util.Objects;

/** A text a message had until it was edited at {@code editedAt}: its edit history, one step. */
public record Edit(String content, Instant editedAt) {

    public Edit {
        Objects.requireNonNull(content);
        Objects.requireNonNull(editedAt);
    }
}
