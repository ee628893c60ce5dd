package io.parley.bench.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void talks_to_this_machine_only() {
        Loopback.check(URI.create("http://127.0.0.1:8080"));
        Loopback.check(URI.create("http://localhost:8080"));
        assertThrows(IllegalArgumentException.class, () -> Loopback.check(URI.create("http://192.0.2.1:8080")));
        assertEquals(3, Loopback.sourceAddresses(URI.create("http://127.0.0.1:1"), 3).size());
    }
}
