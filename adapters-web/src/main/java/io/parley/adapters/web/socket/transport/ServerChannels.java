package io.parley.adapters.web.socket.transport;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Where Parley's own handlers go in the pipeline of every server connection. */
final class ServerChannels {

    private ServerChannels() {
    }

    /** Lets {@code setUp} change the pipeline of each new server connection once Micronaut has built it. */
    static ChannelPipelineCustomizer onEveryConnection(ChannelPipelineCustomizer customizer, Consumer<ChannelPipeline> setUp) {
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(pipeline -> {
                setUp.accept(pipeline);
                return pipeline;
            });
        }
        return customizer;
    }

    /**
     * Puts the handler right behind the idle-state handler of each new server connection: in front
     * of the HTTP codec, where it sees every connection, plain HTTP and WebSocket alike.
     */
    static ChannelPipelineCustomizer addBehindIdleState(ChannelPipelineCustomizer customizer, String name, Supplier<ChannelHandler> handler) {
        return onEveryConnection(customizer, pipeline -> {
            if (pipeline.get(ChannelPipelineCustomizer.HANDLER_IDLE_STATE) != null && pipeline.get(name) == null) {
                pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_IDLE_STATE, name, handler.get());
            }
        });
    }
}
