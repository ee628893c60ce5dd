package io.parley.domain.message;

import io.parley.domain.user.UserId;
import java.util.Objects;

/** The message a reply quotes, as it is now: who wrote it and the start of its text (empty once deleted). */
public record ReplyTo(String id, UserId senderId, String excerpt) {

    public static final int EXCERPT_MAX = 140;

    public ReplyTo {
        Objects.requireNonNull(id);
        Objects.requireNonNull(senderId);
        Objects.requireNonNull(excerpt);
    }

    /** How a reply shows {@code quoted}: its first 140 characters, whole code points, none if it was deleted. */
    public static ReplyTo of(Message quoted) {
        String text = quoted.isDeleted() ? "" : quoted.content();
        if (text.codePointCount(0, text.length()) > EXCERPT_MAX) {
            text = text.substring(0, text.offsetByCodePoints(0, EXCERPT_MAX));
        }
        return new ReplyTo(quoted.id(), quoted.senderId(), text);
    }
}
