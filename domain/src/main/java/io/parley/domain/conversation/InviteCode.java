package io.parley.domain.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;

/** The secret that opens a private room: 80 random bits, written in Crockford's base32 (16 characters). */
public record InviteCode(String value) {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final int LENGTH = 16;

    public static InviteCode generate(Random random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new InviteCode(new String(code));
    }

    /** Compares in constant time, so response timing says nothing about how close a guess was. */
    public boolean matches(String attempt) {
        if (attempt == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                attempt.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
