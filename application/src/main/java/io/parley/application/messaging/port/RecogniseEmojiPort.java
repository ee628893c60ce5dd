package io.parley.application.messaging.port;

/** Tells an emoji from any other text, by Unicode's list of emoji (which the JDK does not carry). */
public interface RecogniseEmojiPort {

    /** Whether {@code text} is exactly one emoji: one of Unicode's recommended (RGI) emoji sequences. */
    boolean isSingleEmoji(String text);
}
