package io.parley.adapters.web.socket.transport;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import jakarta.inject.Singleton;

/**
 * Answers a client's close frame with one of ours, as RFC 6455 §5.5.1 asks. Micronaut runs the
 * socket's {@code @OnClose} and drops the connection without answering, so every client that
 * closes sees an abnormal close (1006) and waits for a frame that never comes. The answer echoes
 * the client's code; no answer goes out when the server has already sent its own close frame.
 */
@Singleton
final class CloseHandshake implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    private static final String NAME = "parley-close-handshake";

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        return ServerChannels.onEveryConnection(event.getBean(), CloseHandshake::install);
    }

    /** Right in front of Micronaut's handler, where the socket handler takes its place at the upgrade. */
    private static void install(ChannelPipeline pipeline) {
        if (pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null && pipeline.get(NAME) == null) {
            pipeline.addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, NAME, new Answer());
        }
    }

    private static final class Answer extends ChannelDuplexHandler {

        private boolean closeSent;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof CloseWebSocketFrame close && !closeSent) {
                int code = close.statusCode();
                // A close without a code is answered with 1000; 1005 (no code) may not be sent on the wire.
                ctx.writeAndFlush(code < 0 ? new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE)
                        : new CloseWebSocketFrame(code, close.reasonText()));
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof CloseWebSocketFrame) {
                closeSent = true;
            }
            super.write(ctx, msg, promise);
        }
    }
}
