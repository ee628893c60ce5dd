package io.parley.bench.client;

/** Receives what arrives on the sockets; called on the event loop, so it must not block. */
public interface FrameListener {

    void onFrame(SocketConnection connection, IncomingFrame frame);

    /** The socket closed without this process asking for it. */
    void onLost(SocketConnection connection);
}
