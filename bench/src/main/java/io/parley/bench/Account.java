package io.parley.bench;

import java.time.Instant;

/** A registered user as the benchmark knows it: who it is and how to act as it. */
record Account(String id, String token, String refreshToken, Instant issuedAt) {
}
