package io.parley.application.presence;

import io.parley.application.common.ChatLimits;
import io.parley.application.conversation.ConversationAccess;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.limit.SlidingWindowLimit;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Typing indicators: relayed to the other members, throttled so a client cannot flood a room. */
public final class TypingService implements SendTypingUseCase {

    /**
     * Relayed typing events, started or stopped, per user and conversation and {@link #BUDGET_WINDOW}.
     * A person typing and sending as fast as the message limit allows stays well under it; a
     * client toggling typing on and off as fast as it can reaches a big room at this rate at most.
     */
    static final int BUDGET = 20;
    static final Duration BUDGET_WINDOW = Duration.ofSeconds(10);

    private final ConversationAccess access;
    private final NotifyMembersPort notify;
    private final Clock clock;
    private final SlidingWindowLimit startedTyping;
    private final SlidingWindowLimit budget = new SlidingWindowLimit(BUDGET, BUDGET_WINDOW);

    public TypingService(ConversationAccess access, NotifyMembersPort notify, ChatLimits limits, Clock clock) {
        this.access = access;
        this.notify = notify;
        this.clock = clock;
        this.startedTyping = limits.typingInterval().isZero() ? null : new SlidingWindowLimit(1, limits.typingInterval());
    }

    @Override
    public void typing(UserId user, ConversationId conversation, boolean isTyping) {
        access.requireMember(user, conversation);
        String key = user.value() + "|" + conversation.value();
        Instant now = clock.instant();
        // Repeats of "typing" are dropped until it stops, so typing again right after a stop is
        // shown again. An event over the budget is dropped too: receivers let an indicator expire
        // on its own and clear it when the typist's message arrives.
        if (startedTyping != null) {
            if (!isTyping) {
                startedTyping.clear(key);
            } else if (startedTyping.waitTime(key, now).isPresent()) {
                return;
            }
        }
        if (budget.tryAcquire(key, now).isPresent()) {
            return;
        }
        if (isTyping && startedTyping != null) {
            startedTyping.record(key, now);
        }
        notify.typing(conversation, user, isTyping);
    }
}
