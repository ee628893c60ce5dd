package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.parley.application.common.ChatLimits;
import java.time.Duration;

/** {@code parley.chat.*}, turned into the core's {@link ChatLimits}. */
@ConfigurationProperties("parley.chat")
record ChatProperties(int messagesPerWindow, Duration messageWindow, Duration typingInterval, Duration presenceGrace,
                      int changeRateLimit) {

    ChatLimits toLimits() {
        return new ChatLimits(messagesPerWindow, messageWindow, typingInterval, presenceGrace, changeRateLimit);
    }
}
