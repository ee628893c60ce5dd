package io.parley.adapters.web.socket.connection;

import io.parley.application.account.port.DisconnectSessionPort;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.session.Session;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Who is connected, and which connections listen to which conversation. */
@Singleton
public final class Connections implements DisconnectSessionPort {

    private final Map<UserId, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final Map<ConversationId, Set<Connection>> byConversation = new ConcurrentHashMap<>();
    private final Map<Connection, Set<ConversationId>> subscriptions = new ConcurrentHashMap<>();

    public void add(Connection connection) {
        byUser.computeIfAbsent(connection.user(), u -> ConcurrentHashMap.newKeySet()).add(connection);
        subscriptions.put(connection, ConcurrentHashMap.newKeySet());
    }

    public void subscribe(Connection connection, ConversationId conversation) {
        Set<ConversationId> mine = subscriptions.get(connection);
        if (mine == null) {
            return; // already gone
        }
        mine.add(conversation);
        byConversation.computeIfAbsent(conversation, c -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    /** Subscribes every open connection of {@code user}; used the moment they become a member. */
    void subscribe(UserId user, ConversationId conversation) {
        byUser.getOrDefault(user, Set.of()).forEach(c -> subscribe(c, conversation));
    }

    public void remove(Connection connection) {
        Set<ConversationId> mine = subscriptions.remove(connection);
        if (mine != null) {
            mine.forEach(id -> byConversation.computeIfPresent(id, (k, set) -> {
                set.remove(connection);
                return set.isEmpty() ? null : set;
            }));
        }
        byUser.computeIfPresent(connection.user(), (u, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** A sign-in that ended takes its sockets with it; the client learns why from the close code and signs in again. */
    @Override
    public void disconnect(Session session) {
        of(session.user()).stream()
                .filter(connection -> connection.signIn().equals(session))
                .forEach(connection -> connection.close(Connection.SESSION_ENDED));
    }

    Collection<Connection> of(UserId user) {
        return byUser.getOrDefault(user, Set.of());
    }

    Collection<Connection> in(ConversationId conversation) {
        return byConversation.getOrDefault(conversation, Set.of());
    }

    /** Every open connection; a live view, not a copy (the heartbeat walks it every second). */
    Collection<Connection> all() {
        return Collections.unmodifiableSet(subscriptions.keySet());
    }
}
