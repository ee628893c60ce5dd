package io.parley.bench.client;

import java.nio.charset.StandardCharsets;

/**
 * Recognises the two frames that make up nearly all traffic, {@code receive_message} and
 * {@code ack}, by their bytes, without a JSON parser: at 100,000 frames a second on a machine the
 * server also needs, parsing was this client's largest cost.
 *
 * <p>It relies on Parley writing {@code type} first and a message's {@code content} before any
 * nested object, and it reads plain strings only. Anything else (an escape, another order, another
 * type) returns null and the frame goes to the real parser, so a change on the server costs speed,
 * never correctness. A {@code "content":"} byte sequence cannot occur inside a JSON string, whose
 * quotes are escaped.
 */
final class CommonFrames {

    private static final byte[] RECEIVE = bytes("{\"type\":\"receive_message\",\"data\":{");
    private static final byte[] ACK = bytes("{\"type\":\"ack\",\"ref\":\"");
    private static final byte[] CONTENT = bytes("\"content\":\"");

    private CommonFrames() {
    }

    /** The frame if it is a plain receive_message or ack; null when the parser must look. */
    static IncomingFrame scan(byte[] bytes, int offset, int length) {
        int end = offset + length;
        if (startsWith(bytes, offset, end, RECEIVE)) {
            String content = stringAfter(bytes, indexOf(bytes, offset + RECEIVE.length, end, CONTENT), end);
            return content == null ? null : new IncomingFrame("receive_message", null, content, null);
        }
        if (startsWith(bytes, offset, end, ACK)) {
            int refStart = offset + ACK.length;
            int refEnd = plainStringEnd(bytes, refStart, end);
            if (refEnd < 0) {
                return null;
            }
            String content = stringAfter(bytes, indexOf(bytes, refEnd, end, CONTENT), end);
            return content == null ? null
                    : new IncomingFrame("ack", new String(bytes, refStart, refEnd - refStart, StandardCharsets.US_ASCII), content, null);
        }
        return null;
    }

    /** The plain string that starts right after {@code "content":"} at {@code at}, or null. */
    private static String stringAfter(byte[] bytes, int at, int end) {
        if (at < 0) {
            return null;
        }
        int start = at + CONTENT.length;
        int stop = plainStringEnd(bytes, start, end);
        return stop < 0 ? null : new String(bytes, start, stop - start, StandardCharsets.UTF_8);
    }

    /** Index of the closing quote of a string without escapes starting at {@code start}; -1 otherwise. */
    private static int plainStringEnd(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] == '"') {
                return i;
            }
            if (bytes[i] == '\\') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, int end, byte[] prefix) {
        if (end - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int from, int end, byte[] pattern) {
        outer:
        for (int i = from; i <= end - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
