package io.parley.application.common;

import java.time.Duration;

/**
 * How much chatting one person may do, and how presence is smoothed.
 *
 * @param messagesPerWindow  messages one user may send to one conversation per {@code messageWindow}
 * @param typingInterval     at most one "is typing" per user and conversation this often; the rest are dropped
 * @param presenceGrace      how long after someone's last connection closes they still count as online (page reloads)
 * @param changesPerWindow   edits, deletions and reactions one user may make in one conversation per {@code messageWindow}
 */
public record ChatLimits(int messagesPerWindow, Duration messageWindow, Duration typingInterval, Duration presenceGrace,
                         int changesPerWindow) {

    public ChatLimits {
        if (messagesPerWindow < 1) {
            throw new IllegalArgumentException("MESSAGE_RATE_LIMIT must be at least 1");
        }
        if (changesPerWindow < 1) {
            throw new IllegalArgumentException("parley.chat.change-rate-limit must be at least 1");
        }
        if (messageWindow == null || messageWindow.isZero() || messageWindow.isNegative()) {
            throw new IllegalArgumentException("MESSAGE_RATE_WINDOW_MS must be positive");
        }
        if (typingInterval == null || typingInterval.isNegative() || presenceGrace == null || presenceGrace.isNegative()) {
            throw new IllegalArgumentException("typing interval and presence grace must not be negative");
        }
    }

    public static ChatLimits defaults() {
        return new ChatLimits(5, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(5), 20);
    }
}
