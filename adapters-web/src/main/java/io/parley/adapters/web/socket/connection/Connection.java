package io.parley.adapters.web.socket.connection;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.parley.domain.session.Session;
import io.parley.domain.user.UserId;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open WebSocket of one user: its outbound budget, its serial inbound queue, its misbehaviour
 * count. Two connections are the same only if they are the same object: Micronaut's session id is
 * the client's {@code Sec-WebSocket-Key}, which clients choose, and some always send the same.
 */
public final class Connection {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    /** Events waiting to be written; a client this far behind is cut off and catches up after reconnecting. */
    static final int MAX_PENDING_SENDS = 256;
    static final int MAX_QUEUED_FRAMES = 256;
    /** Bad frames in a row before the connection is closed as abusive. */
    static final int MAX_CONSECUTIVE_ERRORS = 10;

    static final CloseReason TOO_SLOW = new CloseReason(CloseReason.TRY_AGAIN_LATER.getCode(), "Too slow: reconnect and catch up");
    static final CloseReason ABUSIVE = new CloseReason(CloseReason.POLICY_VIOLATION.getCode(), "Too many bad frames");
    static final CloseReason FLOODING = new CloseReason(CloseReason.POLICY_VIOLATION.getCode(), "Too many frames at once");
    /** 4401 after HTTP's 401: the sign-in was ended (logout, a password change, a reused refresh token). */
    static final CloseReason SESSION_ENDED = new CloseReason(4401, "Session ended: sign in again");

    private final WebSocketSession session;
    private final Session signIn;
    private final SerialExecutor inbound;
    private final AtomicInteger pendingSends = new AtomicInteger();
    private final AtomicInteger consecutiveErrors = new AtomicInteger();

    public Connection(WebSocketSession session, Session signIn, Executor pool) {
        this.session = session;
        this.signIn = signIn;
        this.inbound = new SerialExecutor(pool, MAX_QUEUED_FRAMES);
    }

    public UserId user() {
        return signIn.user();
    }

    Session signIn() {
        return signIn;
    }

    boolean isOpen() {
        return session.isOpen();
    }

    /** Queues work for this connection, in order; a client that floods the queue is closed. */
    public void handle(Runnable task) {
        if (!inbound.offer(task)) {
            close(FLOODING);
        }
    }

    /**
     * Sends an encoded frame without waiting; a connection that cannot keep up is closed. The bytes
     * are shared by every receiver of an event: each gets its own frame around the same array.
     */
    public void send(byte[] utf8Json) {
        if (!session.isOpen()) {
            return;
        }
        if (pendingSends.incrementAndGet() > MAX_PENDING_SENDS) {
            pendingSends.decrementAndGet();
            close(TOO_SLOW);
            return;
        }
        session.sendAsync(new TextWebSocketFrame(Unpooled.wrappedBuffer(utf8Json))).whenComplete((sent, failure) -> pendingSends.decrementAndGet());
    }

    void ping() {
        if (session.isOpen()) {
            session.sendPingAsync(new byte[0]);
        }
    }

    /** Counts a bad frame; true when the client has sent too many in a row and has been closed. */
    public boolean misbehaved() {
        if (consecutiveErrors.incrementAndGet() >= MAX_CONSECUTIVE_ERRORS) {
            close(ABUSIVE);
            return true;
        }
        return false;
    }

    public void behaved() {
        consecutiveErrors.set(0);
    }

    /** Closes the connection for something the server will not put up with, and says so in the log. */
    public void close(CloseReason reason) {
        if (session.isOpen()) {
            LOG.info("Closing a connection of user {}: {} ({})", signIn.user().value(), reason.getReason(), reason.getCode());
            session.close(reason);
        }
    }
}
