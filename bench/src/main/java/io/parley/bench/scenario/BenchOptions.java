package io.parley.bench.scenario;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * What one run is asked to do. Sizes left out on the command line take the scenario's defaults,
 * so {@code fanout} and {@code dm} can be run with no option at all.
 */
public record BenchOptions(
        String scenario,
        URI url,
        int users,
        int rate,
        Duration duration,
        Duration warmup,
        Duration drain,
        int senders,
        int connections,
        int sourceAddresses,
        int setupConcurrency,
        int maxInFlight,
        int contentLength,
        int runs,
        OptionalLong serverPid,
        Path chart,
        boolean progress) {

    public static final String USAGE = """
            usage: java -jar parley-bench.jar <fanout|dm|connections|write> [options]
              --url URL               Parley's address, loopback only (default http://127.0.0.1:8080)
              --users N               accounts to register (fanout 1000, dm 10000, connections 1000, write 1000)
              --rate R                messages sent per second in total (fanout 200, dm 1000, write 5000)
              --duration D            measured time, e.g. 30s, 2m (default 30s; connections: holding time, 10s)
              --warmup D              load before measuring, not counted (default 3s)
              --drain D               longest wait for outstanding acks and deliveries at the end (default 10s)
              --senders N             fanout: members who send (default 4)
              --connections N         connections: how many sockets to open (default 10000)
              --source-addresses N    local addresses 127.0.0.1..N to connect from (default: one per 25,000 sockets)
              --setup-concurrency N   HTTP calls and handshakes in flight during set-up (default 32)
              --max-in-flight N       unacknowledged sends per socket before the pacer skips it (default 64)
              --content-length N      characters per message (default 32)
              --runs N                repeat the load N times over the same users and sockets (default 1)
              --server-pid PID        read the server's RSS from /proc/PID/status
              --chart FILE.png        write the latency distribution as a chart
              --quiet                 no progress line every second
            """;

    /** Parses the command line; throws {@link IllegalArgumentException} with a readable message on bad input. */
    public static BenchOptions parse(String... args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            throw new IllegalArgumentException("Which scenario? fanout, dm, connections or write");
        }
        String scenario = args[0].toLowerCase(Locale.ROOT);
        Defaults d = Defaults.of(scenario);
        URI url = URI.create("http://127.0.0.1:8080");
        int users = d.users;
        int rate = d.rate;
        Duration duration = d.duration;
        Duration warmup = Duration.ofSeconds(3);
        Duration drain = Duration.ofSeconds(10);
        int senders = 4;
        int connections = 10_000;
        Integer sourceAddresses = null;
        int setupConcurrency = 32;
        int maxInFlight = 64;
        int contentLength = 32;
        int runs = 1;
        OptionalLong serverPid = OptionalLong.empty();
        Path chart = null;
        boolean progress = true;

        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--quiet")) {
                progress = false;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[++i];
            switch (name) {
                case "--url" -> url = URI.create(value);
                case "--users" -> users = positive(name, value);
                case "--rate" -> rate = positive(name, value);
                case "--duration" -> duration = duration(name, value);
                case "--warmup" -> warmup = duration(name, value);
                case "--drain" -> drain = duration(name, value);
                case "--senders" -> senders = positive(name, value);
                case "--connections" -> connections = positive(name, value);
                case "--source-addresses" -> sourceAddresses = positive(name, value);
                case "--setup-concurrency" -> setupConcurrency = positive(name, value);
                case "--max-in-flight" -> maxInFlight = positive(name, value);
                case "--content-length" -> contentLength = positive(name, value);
                case "--runs" -> runs = positive(name, value);
                case "--server-pid" -> serverPid = OptionalLong.of(positive(name, value));
                case "--chart" -> chart = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        if (sourceAddresses == null) {
            // Each local address has about 28,000 ephemeral ports towards one server port.
            sourceAddresses = scenario.equals("connections") ? Math.max(1, (connections + 24_999) / 25_000) : 1;
        }
        if (contentLength < MessageStamp.MIN_LENGTH || contentLength > 4000) {
            throw new IllegalArgumentException("--content-length must be between " + MessageStamp.MIN_LENGTH + " and 4000");
        }
        if (runs > 1 && scenario.equals("connections")) {
            // Memory freed by closed sockets stays with the server's heap: a second run would look cheaper.
            throw new IllegalArgumentException("connections measures a server's memory growth: run it once per freshly started server");
        }
        return new BenchOptions(scenario, url, users, rate, duration, warmup, drain, senders, connections, sourceAddresses,
                setupConcurrency, maxInFlight, contentLength, runs, serverPid, chart, progress);
    }

    private record Defaults(int users, int rate, Duration duration) {
        static Defaults of(String scenario) {
            return switch (scenario) {
                case "fanout" -> new Defaults(1000, 200, Duration.ofSeconds(30));
                case "dm" -> new Defaults(10_000, 1000, Duration.ofSeconds(30));
                case "connections" -> new Defaults(1000, 0, Duration.ofSeconds(10));
                case "write" -> new Defaults(1000, 5000, Duration.ofSeconds(30));
                default -> throw new IllegalArgumentException("Unknown scenario '" + scenario + "': fanout, dm, connections or write");
            };
        }
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a positive whole number, not '" + value + "'");
    }

    /** {@code 500ms}, {@code 30s}, {@code 2m}, or a plain number of seconds. */
    static Duration duration(String name, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a duration such as 500ms, 30s or 2m, not '" + value + "'");
        }
    }
}
