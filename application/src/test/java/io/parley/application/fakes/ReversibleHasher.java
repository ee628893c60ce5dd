package io.parley.application.fakes;

import io.parley.application.account.port.HashPasswordPort;

/** A cheap, readable stand-in for the real hasher: tests need "matches", not cryptography. */
public class ReversibleHasher implements HashPasswordPort {

    @Override
    public String hash(String password) {
        return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals(hash(password));
    }
}
