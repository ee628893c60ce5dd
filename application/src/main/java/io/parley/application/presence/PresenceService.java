package io.parley.application.presence;

import io.parley.application.common.ChatLimits;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.application.presence.port.ScheduleTaskPort;
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
    private final StoreMembershipPort memberships;
    private final SaveUserPort saveUser;
    private final NotifyMembersPort notify;
    private final ScheduleTaskPort later;
    private final ChatLimits limits;
    private final Clock clock;

    public PresenceService(StoreMembershipPort memberships, SaveUserPort saveUser, NotifyMembersPort notify,
                           ScheduleTaskPort later, ChatLimits limits, Clock clock) {
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
