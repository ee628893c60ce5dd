package io.parley.adapters.web.socket.transport;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.websocket.NettyServerWebSocketUpgradeHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.DecompressionException;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.extensions.compression.WebSocketServerCompressionHandler;
import io.netty.util.ReferenceCountUtil;
import io.parley.adapters.web.socket.protocol.Frames;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds every message a client sends to {@link Frames#MAX_FRAME_BYTES} as the server reads it:
 * inflated, whole, however it came. Netty refuses a single frame over the limit as it arrives on
 * the wire, but that is not enough:
 * <ul>
 *   <li>Micronaut gathers the fragments of a message in memory without any bound;</li>
 *   <li>browsers compress what they send (permessage-deflate), and Micronaut's inflater has no
 *       bound either: 32 KiB of {@code "xxx…"} inflate to 32 MiB.</li>
 * </ul>
 * So the inflater of each connection stops one byte past the limit, and a handler right in front
 * of Micronaut's socket handler counts each message's inflated bytes as its frames arrive. A
 * message over the limit closes the socket with 1009 (ADR 0009).
 */
@Singleton
final class MessageSizeLimit implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    private static final Logger LOG = LoggerFactory.getLogger(MessageSizeLimit.class);

    private static final String LIMIT = "parley-message-size-limit";
    /**
     * The most a frame may inflate to; past it the inflater gives up mid-way. Netty's inflater gives
     * up whenever its buffer is full and input is left, so it gets one byte more than a message may
     * hold: a message of exactly the limit still inflates, and the count refuses the byte after.
     */
    private static final int MAX_INFLATED_FRAME_BYTES = Frames.MAX_FRAME_BYTES + 1;
    /** How long a refused client has to take our close frame and answer it. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        return ServerChannels.onEveryConnection(event.getBean(), MessageSizeLimit::install);
    }

    /**
     * At the upgrade, Micronaut's compression handler puts the inflater right behind itself, and the
     * socket handler takes the place of Micronaut's request handler. The limit goes in front of the
     * request handler now, so it sees frames inflated and is in place before the first one.
     */
    private static void install(ChannelPipeline pipeline) {
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) == null || pipeline.get(LIMIT) != null) {
            return;
        }
        String compression = NettyServerWebSocketUpgradeHandler.COMPRESSION_HANDLER;
        if (pipeline.get(compression) != null) {
            pipeline.replace(compression, compression, new WebSocketServerCompressionHandler(MAX_INFLATED_FRAME_BYTES));
        }
        pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, LIMIT, new Limit(Frames.MAX_FRAME_BYTES));
    }

    /** Counts the inflated bytes of each message; plain HTTP passes through untouched. */
    private static final class Limit extends ChannelInboundHandlerAdapter {

        private final int maxBytes;
        private long messageBytes;
        private boolean closing;

        Limit(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (closing) {
                if (msg instanceof CloseWebSocketFrame) {
                    ctx.close(); // the client has read our close frame: nothing is left to lose
                }
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame || msg instanceof ContinuationWebSocketFrame) {
                WebSocketFrame frame = (WebSocketFrame) msg;
                long total = (frame instanceof ContinuationWebSocketFrame ? messageBytes : 0) + frame.content().readableBytes();
                messageBytes = frame.isFinalFragment() ? 0 : total;
                if (total > maxBytes) {
                    frame.release();
                    refuse(ctx, WebSocketCloseStatus.MESSAGE_TOO_BIG, "a message passed " + maxBytes + " bytes");
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }

        /** The inflater refuses a frame that would not fit, or that is not deflate data at all. */
        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (closing) {
                return; // whatever else the client sent is dropped with its connection
            }
            if (cause instanceof DecompressionException) {
                if (cause.getCause() instanceof DataFormatException) {
                    refuse(ctx, WebSocketCloseStatus.PROTOCOL_ERROR, "a compressed message did not inflate");
                } else {
                    refuse(ctx, WebSocketCloseStatus.MESSAGE_TOO_BIG, "a compressed message inflated past " + maxBytes + " bytes");
                }
                return;
            }
            ctx.fireExceptionCaught(cause);
        }

        /**
         * Sends the close frame, then lingers: what the client is still sending is read and dropped
         * until it answers with its own close frame, or for {@link #LINGER} at most. Closing at once
         * would leave its frames unread in the kernel, which answers them with a reset, and a reset
         * can reach the client before our close frame does: it would see a broken connection where
         * it should read 1009.
         */
        private void refuse(ChannelHandlerContext ctx, WebSocketCloseStatus status, String why) {
            closing = true;
            LOG.info("Closing a WebSocket from {}: {}", ctx.channel().remoteAddress(), why);
            ctx.writeAndFlush(new CloseWebSocketFrame(status));
            ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
