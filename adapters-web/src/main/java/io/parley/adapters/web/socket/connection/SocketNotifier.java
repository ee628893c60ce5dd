package io.parley.adapters.web.socket.connection;

import io.parley.adapters.web.conversation.MessageView;
import io.parley.adapters.web.socket.protocol.Events;
import io.parley.adapters.web.socket.protocol.Frames;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Collection;

/** Fans events out to open connections. Each event is encoded once, however many receive it. */
@Singleton
final class SocketNotifier implements NotifyMembersPort {

    private final Connections connections;
    private final Frames frames;

    SocketNotifier(Connections connections, Frames frames) {
        this.connections = connections;
        this.frames = frames;
    }

    @Override
    public void messageSent(Message message) {
        byte[] frame = frames.event("receive_message", MessageView.of(message));
        connections.in(message.conversationId()).forEach(c -> c.send(frame));
    }

    @Override
    public void messageUpdated(Message message) {
        byte[] frame = frames.event("message_updated", new Events.MessageUpdated(MessageView.of(message)));
        connections.in(message.conversationId()).forEach(c -> c.send(frame));
    }

    @Override
    public void typing(ConversationId conversation, UserId user, boolean isTyping) {
        byte[] frame = frames.event("typing", new Events.Typing(conversation.value(), conversation.value(), user.value(), isTyping));
        connections.in(conversation).stream().filter(c -> !c.user().equals(user)).forEach(c -> c.send(frame));
    }

    @Override
    public void memberJoined(ConversationId conversation, UserId user) {
        connections.subscribe(user, conversation);
        byte[] frame = frames.event("member_joined", new Events.MemberJoined(conversation.value(), user.value()));
        connections.in(conversation).forEach(c -> c.send(frame));
    }

    @Override
    public void userStatus(UserId user, boolean online, Instant lastSeen, Collection<UserId> audience) {
        byte[] frame = frames.event("user_status", new Events.UserStatus(user.value(), online ? "online" : "offline", lastSeen));
        audience.forEach(u -> connections.of(u).forEach(c -> c.send(frame)));
    }
}
