package io.parley.adapters.web.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.micronaut.context.annotation.Value;
import io.parley.application.account.port.HashPasswordPort;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt (version 2b). Passwords longer than bcrypt's 72-byte input are pre-hashed with SHA-512
 * rather than silently cut, so every character of a long passphrase counts.
 */
@Singleton
final class BcryptPasswordHasher implements HashPasswordPort {

    static final int MIN_COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));

    BcryptPasswordHasher(@Value("${parley.auth.bcrypt-cost:12}") int cost) {
        if (cost < MIN_COST || cost > 31) {
            throw new IllegalArgumentException("parley.auth.bcrypt-cost must be between " + MIN_COST + " and 31");
        }
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return verifyer.verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.US_ASCII)).verified;
    }
}
