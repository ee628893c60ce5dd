package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import io.parley.testing.SocketClient;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A page reload cuts a socket's upgrade short: the browser closes the connection right after
 * asking for it, often while its ticket is still being redeemed. That is ordinary client
 * behaviour, not a server error.
 */
@MicronautTest
class InterruptedUpgradeSystemTest {

    @Inject
    EmbeddedServer server;

    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseTheLog() {
        root.detachAppender(log);
    }

    @Test
    void upgrades_the_client_walks_away_from_log_no_error_and_the_server_keeps_serving() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Person ann = register(api, "Ann");
        // All tickets first: issuing one while another is redeemed can deadlock in the ticket store,
        // a fault of its own that this test is not about.
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tickets.add((String) api.post("/api/auth/ws-ticket", Map.of(), ann.token()).json().get("ticket"));
        }

        for (String ticket : tickets) {
            askAndLeave(ticket);
        }

        for (String ticket : tickets) { // each upgrade got as far as redeeming its ticket
            assertEquals(401, assertThrows(SocketClient.Refused.class,
                    () -> SocketClient.connect(server.getURI(), "ticket=" + ticket, null)).status());
        }
        try (SocketClient socket = SocketClient.connect(server.getURI(), ann.token())) {
            assertEquals("pong", socket.request("ping", Map.of()).get("type"));
        }
        assertEquals(List.of(), warningsAndErrors());
    }

    /** Sends a browser's upgrade request and hangs up at once. */
    private void askAndLeave(String ticket) throws IOException {
        String host = server.getHost() + ":" + server.getPort();
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write(("GET /ws?ticket=" + ticket + " HTTP/1.1\r\nHost: " + host + "\r\n"
                    + "Origin: http://" + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    private List<String> warningsAndErrors() {
        synchronized (log) { // the appender adds from the server's threads
            return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).toList();
        }
    }
}
