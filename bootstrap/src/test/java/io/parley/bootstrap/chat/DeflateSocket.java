package io.parley.bootstrap.chat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandler;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketClientExtensionHandshaker;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtension;
import io.netty.handler.codec.http.websocketx.extensions.WebSocketExtensionEncoder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A WebSocket client that compresses what it sends, as browsers and the {@code ws} package do:
 * Netty's client with the compression extension given (permessage-deflate, or the older
 * deflate-frame). The JDK's client cannot compress.
 */
final class DeflateSocket implements AutoCloseable {

    /** Client threads are named so a test can tell them from the server's. */
    static final String THREAD_PREFIX = "deflate-socket";
    private static final int WAIT_SECONDS = 10;
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final EventLoopGroup group;
    private final Channel channel;
    private final Receiver receiver;

    private DeflateSocket(EventLoopGroup group, Channel channel, Receiver receiver) {
        this.group = group;
        this.channel = channel;
        this.receiver = receiver;
    }

    static DeflateSocket connect(URI server, String bearerToken, WebSocketClientExtensionHandshaker compression) {
        URI uri = URI.create(server.toString().replaceFirst("^http", "ws") + "/ws");
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .customHeaders(new DefaultHttpHeaders().set(HttpHeaderNames.AUTHORIZATION, "Bearer " + bearerToken))
                .allowExtensions(true)
                .handleCloseFrames(false) // the receiver reads the server's close code
                .dropPongFrames(true)
                .build();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(THREAD_PREFIX), NioIoHandler.newFactory());
        Receiver receiver = new Receiver();
        try {
            Channel channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    // A send that fails because the server hung up must not drop its close frame, still to be read.
                    .option(ChannelOption.AUTO_CLOSE, false)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(8192),
                                    new WebSocketClientExtensionHandler(compression),
                                    new WebSocketClientProtocolHandler(config),
                                    new WebSocketFrameAggregator(1 << 20), receiver);
                        }
                    })
                    .connect(server.getHost(), server.getPort()).sync().channel();
            receiver.opened.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return new DeflateSocket(group, channel, receiver);
        } catch (Exception e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("could not open a compressing socket", e);
        }
    }

    /** Whether the server agreed to compression: otherwise a test of it would test nothing. */
    boolean compresses() {
        return channel.pipeline().get(WebSocketExtensionEncoder.class) != null;
    }

    /** Sends a text message in one frame, compressed; does not wait, as a browser would not. */
    void send(String text) {
        channel.writeAndFlush(new TextWebSocketFrame(text));
    }

    /** Sends a text message compressed in fragments of {@code fragmentChars} characters (ASCII text). */
    void sendInFragments(String text, int fragmentChars) {
        for (int start = 0; start < text.length(); start += fragmentChars) {
            int end = Math.min(text.length(), start + fragmentChars);
            var part = Unpooled.copiedBuffer(text.substring(start, end), StandardCharsets.UTF_8);
            boolean last = end == text.length();
            channel.write(start == 0 ? new TextWebSocketFrame(last, 0, part) : new ContinuationWebSocketFrame(last, 0, part));
        }
        channel.flush();
    }

    /** Sends a frame marked compressed whose payload is no deflate data: the client's encoder leaves such a frame alone. */
    void sendUninflatable() {
        byte[] reservedBlockType = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        channel.writeAndFlush(new TextWebSocketFrame(true, WebSocketExtension.RSV1, Unpooled.wrappedBuffer(reservedBlockType)));
    }

    /** The first message from the server (a JSON object) that matches, waiting for it. */
    Map<String, Object> await(Predicate<Map<String, Object>> match) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            String text = receiver.texts.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (text == null) {
                throw new AssertionError("no such message within " + WAIT_SECONDS + " s");
            }
            Map<String, Object> frame = parse(text);
            if (match.test(frame)) {
                return frame;
            }
        }
    }

    /** The close code the server sent, waiting for it; -1 if the connection ended without one. */
    int awaitClose() {
        try {
            return receiver.closed.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the connection", e);
        }
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static final class Receiver extends SimpleChannelInboundHandler<WebSocketFrame> {

        final CompletableFuture<Void> opened = new CompletableFuture<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
            if (event == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
                opened.complete(null);
            }
            super.userEventTriggered(ctx, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
            if (frame instanceof TextWebSocketFrame text) {
                texts.add(text.text());
            } else if (frame instanceof CloseWebSocketFrame close) {
                closed.complete(close.statusCode());
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            opened.completeExceptionally(new IllegalStateException("closed before the upgrade"));
            closed.complete(-1);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            opened.completeExceptionally(cause);
            ctx.close();
        }
    }
}
