package io.parley.bootstrap.chat;

import static io.parley.testing.Accounts.register;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.testing.Accounts.Person;
import io.parley.testing.ApiClient;
import jakarta.inject.Inject;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A page reloaded during its socket's upgrade asks for a new ticket while the old one is still
 * being redeemed. Issuing used to delete expired tickets with a range delete on their expiry
 * index, which deadlocked with the redemption's row lock about one reload in six: a 500 and an
 * ERROR in the log. Expired tickets are now swept apart, by primary key.
 */
@MicronautTest
class ReloadDuringUpgradeSystemTest {

    @Inject
    EmbeddedServer server;

    @Test
    void reloading_during_the_upgrade_never_fails_the_new_pages_ticket() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        try {
            ApiClient api = new ApiClient(server.getURI());
            Person ann = register(api, "Ann");
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                ApiClient.Reply reply = api.post("/api/auth/ws-ticket", Map.of(), ann.token());
                statuses.add(reply.status());
                if (reply.status() != 200 && reply.status() != 201) {
                    continue;
                }
                String host = server.getHost() + ":" + server.getPort();
                try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                    socket.getOutputStream().write(("GET /ws?ticket=" + reply.json().get("ticket") + " HTTP/1.1\r\nHost: " + host
                            + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            + "Sec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
            assertEquals(List.of(), statuses.stream().filter(s -> s >= 500).toList());
            synchronized (log) {
                assertEquals(List.of(), log.list.stream().filter(e -> e.getLevel() == Level.ERROR).map(ILoggingEvent::getFormattedMessage).toList());
            }
        } finally {
            root.detachAppender(log);
        }
    }
}
