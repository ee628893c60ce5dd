package io.parley.application.account.port;

public interface HashPasswordPort {

    String hash(String password);

    boolean matches(String password, String hash);
}
