package io.parley.adapters.web.socket;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.parley.adapters.web.security.SignIns;
import io.parley.adapters.web.socket.connection.Connection;
import io.parley.adapters.web.socket.connection.Connections;
import io.parley.adapters.web.socket.protocol.Frames;
import io.parley.application.conversation.InboxQuery;
import io.parley.application.presence.PresenceUseCase;
import io.parley.domain.Refusal;
import io.parley.domain.session.Session;
import io.parley.domain.user.UserId;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws}: the upgrade is authenticated (Bearer token or single-use ticket) before it gets
 * here. Frames are handled off the event loop, in order per connection.
 */
@ServerWebSocket("/ws")
@Secured(SecurityRule.IS_AUTHENTICATED)
final class ChatSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

    private static final String CONNECTION = "parley.connection";
    private static final CloseReason UNAVAILABLE = new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(), "Unavailable: reconnect later");

    private final Connections connections;
    private final FrameHandler frames;
    private final InboxQuery inbox;
    private final PresenceUseCase presence;
    private final ExecutorService pool;

    ChatSocket(Connections connections, FrameHandler frames, InboxQuery inbox, PresenceUseCase presence,
               @Named(TaskExecutors.BLOCKING) ExecutorService pool) {
        this.connections = connections;
        this.frames = frames;
        this.inbox = inbox;
        this.presence = presence;
        this.pool = pool;
    }

    @OnOpen
    void open(WebSocketSession session) {
        connectionOf(session);
    }

    /**
     * The connection of this session, registered on first use: whichever of the open and the
     * first frame the server gets to first, the frame is never dropped for want of a connection.
     */
    private Connection connectionOf(WebSocketSession session) {
        synchronized (session) {
            Optional<Connection> known = session.get(CONNECTION, Connection.class);
            if (known.isPresent()) {
                return known.get();
            }
            Session signIn = SignIns.of((Authentication) session.getUserPrincipal().orElseThrow());
            UserId user = signIn.user();
            Connection connection = new Connection(session, signIn, pool);
            session.put(CONNECTION, connection);
            connections.add(connection);
            // Runs before any frame of this connection, which queue up behind it.
            connection.handle(() -> {
                try {
                    inbox.conversationIdsOf(user).forEach(id -> connections.subscribe(connection, id));
                    presence.connected(user);
                } catch (RuntimeException e) {
                    // Unsubscribed, the client would silently miss events: it reconnects and catches up instead.
                    // An outage is told apart (1013, try again later) from a bug (1011, logged).
                    if (e instanceof Refusal refusal && refusal.reason() == Refusal.Reason.UNAVAILABLE) {
                        connection.close(UNAVAILABLE);
                    } else {
                        LOG.error("Could not set up the connection of {}", user.value(), e);
                        connection.close(CloseReason.INTERNAL_ERROR);
                    }
                }
            });
            return connection;
        }
    }

    /** Netty refuses a frame over the limit as sent; {@code transport.MessageSizeLimit} a message over it once inflated and reassembled. */
    @OnMessage(maxPayloadLength = Frames.MAX_FRAME_BYTES)
    void message(String text, WebSocketSession session) {
        Connection connection = connectionOf(session);
        connection.handle(() -> frames.handle(connection, text));
    }

    @OnClose
    void close(WebSocketSession session) {
        session.get(CONNECTION, Connection.class).ifPresent(c -> {
            connections.remove(c);
            pool.execute(() -> presence.disconnected(c.user()));
        });
    }
}
