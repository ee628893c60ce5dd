package io.parley.adapters.web.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A request whose target has a broken percent escape ({@code ?q=%}, {@code /%zz}) is answered 400
 * right behind the HTTP codec. Micronaut cannot parse such a target and routes the request as
 * {@code /} instead, so the client would get the web client's page as the answer to an API call.
 */
@Singleton
final class MalformedTargets implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    private static final String NAME = "parley-malformed-targets";
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final byte[] PROBLEM = ("{\"type\":\"urn:parley:problem:validation_failed\",\"title\":\"Bad Request\","
            + "\"status\":400,\"detail\":\"The address has a malformed percent escape\",\"code\":\"validation_failed\","
            + "\"field\":\"url\"}").getBytes(StandardCharsets.UTF_8);

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        ChannelPipelineCustomizer customizer = event.getBean();
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(pipeline -> {
                if (pipeline.get(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null && pipeline.get(NAME) == null) {
                    pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, NAME, new Refuser());
                }
                return pipeline;
            });
        }
        return customizer;
    }

    static boolean isBroken(String target) {
        return BROKEN_ESCAPE.matcher(target).find();
    }

    /** Answers the first broken request of a connection and closes it; nothing after it is read. */
    private static final class Refuser extends ChannelInboundHandlerAdapter {

        private boolean refused;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (refused) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request && isBroken(request.uri())) {
                refused = true;
                ReferenceCountUtil.release(msg);
                FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_REQUEST,
                        Unpooled.wrappedBuffer(PROBLEM));
                response.headers()
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                        .set(HttpHeaderNames.CONTENT_LENGTH, PROBLEM.length)
                        // What ApiResponseHeaders gives every other problem: this one never reaches the filters.
                        .set(HttpHeaderNames.CACHE_CONTROL, ApiResponseHeaders.NO_STORE)
                        .set("X-Content-Type-Options", ApiResponseHeaders.NOSNIFF)
                        .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                return;
            }
            ctx.fireChannelRead(msg);
        }
    }
}
