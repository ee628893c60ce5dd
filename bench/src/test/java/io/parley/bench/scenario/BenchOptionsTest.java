package io.parley.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void each_scenario_has_its_own_default_sizes() {
        assertEquals(1000, BenchOptions.parse("fanout").users());
        assertEquals(200, BenchOptions.parse("fanout").rate());
        assertEquals(10_000, BenchOptions.parse("dm").users());
        assertEquals(Duration.ofSeconds(10), BenchOptions.parse("connections").duration());
    }

    @Test
    void reads_sizes_and_durations() {
        BenchOptions options = BenchOptions.parse("dm", "--users", "2,000", "--rate", "500", "--duration", "2m",
                "--warmup", "500ms", "--server-pid", "42", "--quiet");

        assertEquals(2000, options.users());
        assertEquals(500, options.rate());
        assertEquals(Duration.ofMinutes(2), options.duration());
        assertEquals(Duration.ofMillis(500), options.warmup());
        assertEquals(42, options.serverPid().getAsLong());
        assertEquals(false, options.progress());
    }

    @Test
    void connections_spreads_over_a_source_address_per_25000_sockets() {
        assertEquals(1, BenchOptions.parse("connections", "--connections", "20000").sourceAddresses());
        assertEquals(4, BenchOptions.parse("connections", "--connections", "100000").sourceAddresses());
        assertEquals(1, BenchOptions.parse("dm").sourceAddresses());
    }

    @Test
    void refuses_what_it_does_not_understand() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("nosuch"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("dm", "--users", "-3"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("dm", "--duration", "soon"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("dm", "--colour", "red"));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse("dm", "--users"));
    }
}
