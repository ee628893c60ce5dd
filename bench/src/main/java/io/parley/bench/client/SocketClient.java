package io.parley.bench.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.util.ReferenceCountUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens {@code /ws} sockets on one shared Netty event loop (a thread per core, not per socket),
 * so a single process can hold tens of thousands of them. Netty answers the server's heartbeat
 * pings by itself, which keeps idle sockets from being cut off.
 */
public final class SocketClient implements AutoCloseable {

    private static final int MAX_FRAME_BYTES = 1 << 20;
    private static final int HANDSHAKE_TIMEOUT_MS = 30_000;

    private final EventLoopGroup group;
    private final URI socketUri;
    private final InetSocketAddress server;

    public SocketClient(URI httpBase) {
        this.group = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), NioIoHandler.newFactory());
        String scheme = "https".equals(httpBase.getScheme()) ? "wss" : "ws";
        this.socketUri = URI.create(scheme + "://" + httpBase.getHost() + ":" + port(httpBase) + "/ws");
        this.server = new InetSocketAddress(httpBase.getHost(), port(httpBase));
    }

    /**
     * Opens one socket as the owner of {@code token}; {@code localAddress} (may be null) is the
     * address to connect from. Completes once the upgrade has been accepted.
     */
    CompletableFuture<SocketConnection> connect(int index, String token, InetAddress localAddress, FrameListener listener) {
        CompletableFuture<SocketConnection> opened = new CompletableFuture<>();
        HttpHeaders headers = new DefaultHttpHeaders().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(socketUri)
                .customHeaders(headers)
                .maxFramePayloadLength(MAX_FRAME_BYTES)
                .handshakeTimeoutMillis(HANDSHAKE_TIMEOUT_MS)
                .dropPongFrames(true)
                .handleCloseFrames(false) // the handler below reads the server's reason first
                // Checking every byte of every frame cost this client a sixth of its CPU; the
                // JSON parser rejects bad text anyway.
                .withUTF8Validator(false)
                .build();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, HANDSHAKE_TIMEOUT_MS)
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        SocketConnection connection = new SocketConnection(index, channel);
                        channel.pipeline().addLast(
                                new HttpClientCodec(),
                                new HttpObjectAggregator(16 * 1024),
                                new WebSocketClientProtocolHandler(config),
                                new WebSocketFrameAggregator(MAX_FRAME_BYTES),
                                new Handler(connection, opened, listener));
                    }
                });
        var connecting = localAddress == null ? bootstrap.connect(server) : bootstrap.connect(server, new InetSocketAddress(localAddress, 0));
        connecting.addListener(f -> {
            if (!f.isSuccess()) {
                opened.completeExceptionally(f.cause());
            }
        });
        return opened;
    }

    /** A short reason for a failed connect, e.g. {@code HTTP 401} or {@code Too many open files}. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof WebSocketClientHandshakeException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof WebSocketClientHandshakeException handshake && handshake.response() != null) {
            return "upgrade refused with HTTP " + handshake.response().status().code();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private static final class Handler extends ChannelInboundHandlerAdapter {

        private final SocketConnection connection;
        private final CompletableFuture<SocketConnection> opened;
        private final FrameListener listener;

        Handler(SocketConnection connection, CompletableFuture<SocketConnection> opened, FrameListener listener) {
            this.connection = connection;
            this.opened = opened;
            this.listener = listener;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                opened.complete(connection);
            } else if (event == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
                opened.completeExceptionally(new IllegalStateException("no answer to the upgrade in " + HANDSHAKE_TIMEOUT_MS + " ms"));
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            try {
                if (message instanceof CloseWebSocketFrame close) {
                    connection.closedByServer(close.statusCode(), close.reasonText());
                    ctx.close();
                } else if (message instanceof TextWebSocketFrame text) {
                    ByteBuf content = text.content();
                    IncomingFrame frame = content.hasArray()
                            ? IncomingFrame.parse(content.array(), content.arrayOffset() + content.readerIndex(), content.readableBytes())
                            : parseCopy(content);
                    listener.onFrame(connection, frame);
                }
            } finally {
                ReferenceCountUtil.release(message);
            }
        }

        private static IncomingFrame parseCopy(ByteBuf content) {
            byte[] bytes = ByteBufUtil.getBytes(content);
            return IncomingFrame.parse(bytes, 0, bytes.length);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // Fails a pending upgrade; a socket that was already open is counted as lost once closed.
            opened.completeExceptionally(cause);
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) throws Exception {
            if (!opened.completeExceptionally(new IllegalStateException("closed before the upgrade completed"))
                    && !connection.isClosing()) {
                listener.onLost(connection);
            }
            super.channelInactive(ctx);
        }
    }
}
