package io.parley.adapters.web.socket;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.handler.flush.FlushConsolidationHandler;
import jakarta.inject.Singleton;

/**
 * A busy room writes many events to each socket in a burst, each with its own flush, and each
 * flush is a system call. Netty's consolidation handler turns the flushes of one burst into one,
 * at the end of the event loop's current batch of tasks; the bytes and their order are unchanged.
 */
@Singleton
final class FlushCoalescing implements BeanCreatedEventListener<ChannelPipelineCustomizer> {

    private static final String NAME = "parley-flush-coalescing";

    @Override
    public ChannelPipelineCustomizer onCreated(BeanCreatedEvent<ChannelPipelineCustomizer> event) {
        ChannelPipelineCustomizer customizer = event.getBean();
        if (customizer.isServerChannel()) {
            customizer.doOnConnect(pipeline -> {
                if (pipeline.get(NAME) == null) {
                    pipeline.addFirst(NAME, new FlushConsolidationHandler(
                            FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
                }
                return pipeline;
            });
        }
        return customizer;
    }
}
