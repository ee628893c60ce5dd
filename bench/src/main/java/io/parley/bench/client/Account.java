package io.parley.bench.client;

import java.time.Instant;

/** A registered user as the benchmark knows it: who it is and how to act as it. */
public record Account(String id, String token, String refreshToken, Instant issuedAt) {
}
