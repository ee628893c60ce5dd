package io.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.bench.client.ParleyApi;
import io.parley.bench.report.Progress;
import io.parley.bench.report.Report;
import io.parley.bench.report.RunsSummary;
import io.parley.bench.scenario.BenchOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every scenario at a tiny size against a real Parley, started from its jar as a separate
 * process: a check that the tool works end to end, not a measurement.
 */
class ScenariosIT {

    private static final Path JAR = Path.of(System.getProperty("parley.jar", "../bootstrap/target/parley.jar"));
    private static final Path DATA_DIR = Path.of("target/it-data").toAbsolutePath();
    private static final Path SERVER_LOG = Path.of("target/it-server.log");

    private static Process server;
    private static String url;

    @BeforeAll
    static void startParley() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "build the server first: no " + JAR.toAbsolutePath());
        int port = freePort();
        url = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString());
        builder.environment().keySet().removeIf(k -> k.equals("DATABASE_URL") || k.equals("JWT_SECRET"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("DATA_DIR", DATA_DIR.toString());
        builder.environment().put("AUTH_RATE_LIMIT", "100000");
        builder.environment().put("MESSAGE_RATE_LIMIT", "100000");
        // The lowest cost Parley accepts: registering is the slowest part of set-up.
        builder.environment().put("PARLEY_AUTH_BCRYPT_COST", "10");
        builder.redirectErrorStream(true).redirectOutput(SERVER_LOG.toFile());
        server = builder.start();
        awaitHealthy(new ParleyApi(URI.create(url)));
    }

    @AfterAll
    static void stopParley() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void fanout_delivers_every_message_to_every_member_in_every_run_and_draws_a_chart() throws Exception {
        Path chart = Path.of("target/it-fanout.png");
        Files.deleteIfExists(chart);

        List<Report> reports = run("fanout", "--users", "5", "--senders", "2", "--rate", "20", "--runs", "2");
        Bench.writeChart(chart, reports, System.out);

        assertEquals(2, reports.size());
        for (Report report : reports) {
            assertClean(report);
            assertEquals(report.messages().expectedDeliveries(), report.delivered(), "every member gets every message");
            assertEquals(5 * report.acked(), report.delivered());
        }
        assertNotNull(ImageIO.read(chart.toFile()), "a readable PNG");
    }

    @Test
    void dm_delivers_to_both_members_of_each_pair() throws Exception {
        Report report = run("dm", "--users", "6", "--rate", "20").get(0);

        assertClean(report);
        assertEquals(2 * report.acked(), report.delivered());
        assertTrue(report.messages().deliveryLatency().getTotalCount() > 0, "latencies recorded");
    }

    @Test
    void write_gets_an_ack_for_every_send() throws Exception {
        Report report = run("write", "--users", "5", "--rate", "40").get(0);

        assertClean(report);
        assertEquals(report.messages().sent(), report.acked());
        assertTrue(report.messages().ackLatency().getTotalCount() > 0, "ack latencies recorded");
    }

    @Test
    void connections_holds_every_socket_and_reads_the_server_memory() throws Exception {
        Report report = run("connections", "--users", "3", "--connections", "12", "--duration", "1s",
                "--server-pid", String.valueOf(server.pid())).get(0);

        assertEquals(0, report.errors(), report.errorsByKind().toString());
        assertEquals(12, report.socketsHeld(), "every socket answers a ping");
        assertTrue(report.serverRssBytes().isPresent(), "RSS read from /proc");
    }

    private static List<Report> run(String scenario, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(scenario, "--url", url, "--duration", "2s", "--warmup", "0s", "--drain", "10s"));
        args.addAll(List.of(options));
        List<Report> reports = Bench.run(BenchOptions.parse(args.toArray(String[]::new)), new Progress(System.err, true));
        reports.forEach(report -> report.print(System.out));
        RunsSummary.print(reports, System.out);
        return reports;
    }

    private static void assertClean(Report report) {
        assertEquals(0, report.errors(), report.errorsByKind().toString());
        assertTrue(report.acked() > 0, "some messages were acked");
        assertTrue(report.delivered() > 0, "some messages were delivered");
        assertEquals(report.socketsOpened(), report.socketsHeld(), "no socket was lost");
    }

    private static void awaitHealthy(ParleyApi api) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("Parley exited; see " + SERVER_LOG.toAbsolutePath() + ":\n" + Files.readString(SERVER_LOG));
            }
            if (api.healthy()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Parley did not become healthy in time; see " + SERVER_LOG.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
