package io.parley.application.fakes;

import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event it was asked to push, in order. */
public class RecordingNotifier implements NotifyMembersPort {

    public record Event(String type, ConversationId conversation, UserId user, Object detail) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void messageSent(Message message) {
        events.add(new Event("receive_message", message.conversationId(), message.senderId(), message));
    }

    @Override
    public void messageUpdated(Message message) {
        events.add(new Event("message_updated", message.conversationId(), null, message));
    }

    @Override
    public void typing(ConversationId conversation, UserId user, boolean isTyping) {
        events.add(new Event("typing", conversation, user, isTyping));
    }

    @Override
    public void memberJoined(ConversationId conversation, UserId user) {
        events.add(new Event("member_joined", conversation, user, null));
    }

    @Override
    public void userStatus(UserId user, boolean online, Instant lastSeen, Collection<UserId> audience) {
        events.add(new Event(online ? "online" : "offline", null, user, List.copyOf(audience)));
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> ofType(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    public void clear() {
        events.clear();
    }
}
