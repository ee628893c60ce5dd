package io.parley.adapters.web.security;

import java.nio.charset.StandardCharsets;

/** The key that signs access tokens (HS256). Where it comes from is the bootstrap's business. */
public record JwtSecret(String value) {

    /** HS256 needs a key at least as long as its hash: 256 bits. */
    public static final int MIN_BYTES = 32;

    public JwtSecret {
        if (value == null || value.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalArgumentException("JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
        }
    }

    @Override
    public String toString() {
        return "JwtSecret[hidden]";
    }
}
