package io.parley.bench;

/** Receives what arrives on the sockets; called on the event loop, so it must not block. */
interface FrameListener {

    void onFrame(SocketConnection connection, IncomingFrame frame);

    /** The socket closed without this process asking for it. */
    void onLost(SocketConnection connection);
}
