package io.parley.application.service;

import io.parley.application.port.in.PresenceUseCase;
import io.parley.application.port.out.DelayedTasks;
import io.parley.application.port.out.MembershipPort;
import io.parley.application.port.out.NotifyMembersPort;
import io.parley.application.port.out.SaveUserPort;
import io.parley.application.settings.ChatLimits;
import io.parley.domain.presence.Presence;
import io.parley.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Online and offline, told to the people who share a conversation with the user; last seen is kept. */
public final class PresenceService implements PresenceUseCase {

    private final Presence presence = new Presence();
    private final MembershipPort memberships;
    private final SaveUserPort saveUser;
    private final NotifyMembersPort notify;
    private final DelayedTasks later;
    private final ChatLimits limits;
    private final Clock clock;

    public PresenceService(MembershipPort memberships, SaveUserPort saveUser, NotifyMembersPort notify,
                           DelayedTasks later, ChatLimits limits, Clock clock) {
        this.memberships = memberships;
        this.saveUser = saveUser;
        this.notify = notify;
        this.later = later;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void connected(UserId user) {
        if (presence.connect(user)) {
            notify.userStatus(user, true, clock.instant(), memberships.contactsOf(user));
        }
    }

    @Override
    public void disconnected(UserId user) {
        presence.disconnect(user).ifPresent(token -> later.runLater(limits.presenceGrace(), () -> {
            if (presence.expire(user, token)) {
                Instant lastSeen = clock.instant();
                saveUser.recordLastSeen(user, lastSeen);
                notify.userStatus(user, false, lastSeen, memberships.contactsOf(user));
            }
        }));
    }

    @Override
    public Set<UserId> onlineAmong(Collection<UserId> users) {
        return users.stream().filter(presence::isOnline).collect(Collectors.toSet());
    }
}
