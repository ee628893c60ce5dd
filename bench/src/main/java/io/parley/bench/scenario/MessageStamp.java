package io.parley.bench.scenario;

/**
 * Puts the moment of sending into a message's content, so any connection of this process that
 * receives the message can tell its latency without a shared table. Times are nanoseconds since
 * this class was loaded: monotonic, and never negative, unlike raw {@link System#nanoTime()}.
 */
final class MessageStamp {

    /** Room for the marker, 19 digits and the separator. */
    static final int MIN_LENGTH = 24;

    private static final long ORIGIN = System.nanoTime();
    private static final char MARK = 't';
    private static final char END = ':';

    private MessageStamp() {
    }

    static long now() {
        return System.nanoTime() - ORIGIN;
    }

    /** Content of exactly {@code length} characters carrying {@code sentAt}, padded with letters. */
    static String content(long sentAt, int length) {
        StringBuilder text = new StringBuilder(length).append(MARK).append(sentAt).append(END);
        while (text.length() < length) {
            text.append('x');
        }
        return text.toString();
    }

    /** The send time carried by {@code content}, or -1 when it was not written by {@link #content}. */
    static long sentAt(String content) {
        if (content == null || content.length() < 3 || content.charAt(0) != MARK) {
            return -1;
        }
        long value = 0;
        for (int i = 1; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == END) {
                return i > 1 ? value : -1;
            }
            if (c < '0' || c > '9' || i > 19) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return -1;
    }
}
