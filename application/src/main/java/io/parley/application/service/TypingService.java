package io.parley.application.service;

import io.parley.application.port.in.SendTypingUseCase;
import io.parley.application.port.out.MembershipPort;
import io.parley.application.port.out.NotifyMembersPort;
import io.parley.application.settings.ChatLimits;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.limit.SlidingWindowLimit;
import io.parley.domain.user.UserId;
import java.time.Clock;

/** Typing indicators: relayed to the other members, throttled so a client cannot flood a room. */
public final class TypingService implements SendTypingUseCase {

    private final MembershipPort memberships;
    private final NotifyMembersPort notify;
    private final Clock clock;
    private final SlidingWindowLimit startedTyping;

    public TypingService(MembershipPort memberships, NotifyMembersPort notify, ChatLimits limits, Clock clock) {
        this.memberships = memberships;
        this.notify = notify;
        this.clock = clock;
        this.startedTyping = limits.typingInterval().isZero() ? null : new SlidingWindowLimit(1, limits.typingInterval());
    }

    @Override
    public void typing(UserId user, ConversationId conversation, boolean isTyping) {
        if (memberships.membership(conversation, user).isEmpty()) {
            throw ConversationService.notFound();
        }
        // "Stopped typing" always goes through, so an indicator never sticks; repeats of "typing" are
        // dropped until it stops, so typing again right after a stop is shown again.
        if (startedTyping != null) {
            String key = user.value() + "|" + conversation.value();
            if (!isTyping) {
                startedTyping.clear(key);
            } else if (startedTyping.tryAcquire(key, clock.instant()).isPresent()) {
                return;
            }
        }
        notify.typing(conversation, user, isTyping);
    }
}
