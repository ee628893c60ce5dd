package io.parley.adapters.web.socket.transport;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.netty.websocket.NettyWebSocketSession;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off WebSockets whose peer is gone or has stopped reading:
 * <ul>
 *   <li>one that has sent nothing, not even a pong to the heartbeat's pings, for the server's
 *       read-idle timeout;</li>
 *   <li>one whose outbound buffer has stayed over Netty's high-water mark for the stall timeout.</li>
 * </ul>
 * The close is abrupt on purpose: a polite close frame would queue behind data the peer no longer
 * reads, and the buffer would be held until then. The client reconnects and catches up with
 * {@code after=}. Plain HTTP connections are left to Micronaut (a slow download is not idle).
 */
@Singleton
final class SilentSocketCloser implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    private static final String NAME = "parley-silent-socket-closer";

    private final Closer closer;

    SilentSocketCloser(@Value("${parley.ws.stall-timeout:10s}") Duration stallTimeout) {
        this.closer = new Closer(stallTimeout.toMillis());
    }

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        return ServerChannels.addBehindIdleState(event.getBean(), NAME, () -> closer);
    }

    @ChannelHandler.Sharable
    private static final class Closer extends ChannelDuplexHandler {

        private final long stallMillis;

        Closer(long stallMillis) {
            this.stallMillis = stallMillis;
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
            if (evt instanceof IdleStateEvent idle && idle.state() != IdleState.WRITER_IDLE && isWebSocket(ctx)) {
                ctx.close();
                return;
            }
            super.userEventTriggered(ctx, evt);
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
            if (!ctx.channel().isWritable() && isWebSocket(ctx)) {
                ctx.executor().schedule(() -> {
                    if (!ctx.channel().isWritable()) {
                        ctx.close();
                    }
                }, stallMillis, TimeUnit.MILLISECONDS);
            }
            super.channelWritabilityChanged(ctx);
        }

        private static boolean isWebSocket(ChannelHandlerContext ctx) {
            return ctx.channel().hasAttr(NettyWebSocketSession.WEB_SOCKET_SESSION_KEY)
                    && ctx.channel().attr(NettyWebSocketSession.WEB_SOCKET_SESSION_KEY).get() != null;
        }
    }
}
