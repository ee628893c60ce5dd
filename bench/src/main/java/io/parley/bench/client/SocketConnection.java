package io.parley.bench.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.atomic.AtomicInteger;

/** One open {@code /ws} socket of one user. */
public final class SocketConnection {

    private final int index;
    private final Channel channel;
    /** Frames sent with a ref that have had no ack, error or pong yet. */
    private final AtomicInteger awaitingReply = new AtomicInteger();
    private volatile boolean closing;
    private volatile String closedBecause;

    SocketConnection(int index, Channel channel) {
        this.index = index;
        this.channel = channel;
    }

    /** This socket's position among the scenario's sockets. */
    public int index() {
        return index;
    }

    /** Sends a frame that carries a ref, so the server owes exactly one reply to it. */
    public void request(String frame) {
        awaitingReply.incrementAndGet();
        channel.writeAndFlush(new TextWebSocketFrame(frame), channel.voidPromise());
    }

    public void replied() {
        awaitingReply.decrementAndGet();
    }

    public int awaitingReply() {
        return awaitingReply.get();
    }

    public boolean isOpen() {
        return channel.isActive();
    }

    boolean isClosing() {
        return closing;
    }

    /** Remembers the server's close frame, so a lost socket can say why it was closed. */
    void closedByServer(int status, String reason) {
        closedBecause = status + (reason == null || reason.isEmpty() ? "" : " " + reason);
    }

    /** Why the server closed this socket: the close frame's status and reason, or that it sent none. */
    public String closedBecause() {
        return closedBecause != null ? closedBecause : "no close frame (transport closed)";
    }

    /** A polite close; the socket is dropped whether or not the server answers. */
    public void close() {
        closing = true;
        if (channel.isActive()) {
            channel.writeAndFlush(new CloseWebSocketFrame()).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
