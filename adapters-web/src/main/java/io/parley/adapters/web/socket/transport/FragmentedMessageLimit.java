package io.parley.adapters.web.socket.transport;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import io.parley.adapters.web.socket.protocol.Frames;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds a message sent in fragments. Netty refuses a single frame over the limit, but Micronaut
 * gathers the fragments of a message in memory without any bound, so a client could send one
 * endless message until the server runs out of memory. Here the fragments are counted as they
 * arrive and the socket is closed with 1009 the moment a message passes the limit.
 */
@Singleton
final class FragmentedMessageLimit implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    private static final Logger LOG = LoggerFactory.getLogger(FragmentedMessageLimit.class);

    private static final String WATCHER = "parley-websocket-upgrade-watcher";
    private static final String LIMIT = "parley-fragmented-message-limit";
    /** Where Netty's handshake puts the WebSocket frame decoder. */
    private static final String FRAME_DECODER = "wsdecoder";

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        return ServerChannels.addBehindIdleState(event.getBean(), WATCHER, UpgradeWatcher::new);
    }

    /**
     * Sits in front of the HTTP codec, so it sees the first bytes that arrive after an upgrade
     * before they are decoded into frames, and puts the limit right behind the frame decoder.
     */
    private static final class UpgradeWatcher extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (ctx.pipeline().get(FRAME_DECODER) != null) {
                ctx.pipeline().addAfter(FRAME_DECODER, LIMIT, new Limit(Frames.MAX_FRAME_BYTES));
                ctx.pipeline().remove(this);
            }
            ctx.fireChannelRead(msg);
        }
    }

    static final class Limit extends ChannelInboundHandlerAdapter {

        private final int maxBytes;
        private long messageBytes;
        private boolean closing;

        Limit(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (closing) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame || msg instanceof ContinuationWebSocketFrame) {
                WebSocketFrame frame = (WebSocketFrame) msg;
                long total = (frame instanceof ContinuationWebSocketFrame ? messageBytes : 0) + frame.content().readableBytes();
                messageBytes = frame.isFinalFragment() ? 0 : total;
                if (total > maxBytes) {
                    closing = true;
                    frame.release();
                    LOG.info("Closing a WebSocket from {}: a message in fragments passed {} bytes", ctx.channel().remoteAddress(), maxBytes);
                    ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.MESSAGE_TOO_BIG)).addListener(ChannelFutureListener.CLOSE);
                    return;
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
