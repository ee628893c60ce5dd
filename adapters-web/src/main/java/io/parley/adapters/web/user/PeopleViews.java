package io.parley.adapters.web.user;

import io.parley.application.presence.PresenceUseCase;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Other people as clients see them: public fields plus whether they are online right now. */
@Singleton
public final class PeopleViews {

    private final UserViewMapper mapper;
    private final PresenceUseCase presence;

    PeopleViews(UserViewMapper mapper, PresenceUseCase presence) {
        this.mapper = mapper;
        this.presence = presence;
    }

    public List<PublicUserView> of(Collection<User> users) {
        Set<UserId> online = presence.onlineAmong(users.stream().map(User::id).toList());
        return users.stream().map(u -> view(u, online.contains(u.id()))).toList();
    }

    public PublicUserView of(User user) {
        return of(List.of(user)).get(0);
    }

    private PublicUserView view(User user, boolean online) {
        PublicUserView plain = mapper.toPublicView(user);
        return new PublicUserView(plain.id(), plain.name(), plain.bio(), plain.avatarUrl(), online, plain.lastSeen());
    }
}
