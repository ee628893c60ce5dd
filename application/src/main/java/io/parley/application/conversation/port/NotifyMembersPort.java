package io.parley.application.conversation.port;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;

/** Pushes events to the connected clients. Called only after the change they report has committed. */
public interface NotifyMembersPort {

    /** To every connection of every member, the sender's included. */
    void messageSent(Message message);

    /** A message changed (edited, deleted, reacted to): its current state, to every connection of every member. */
    void messageUpdated(Message message);

    /** To the members' connections, but none of {@code user}'s own. */
    void typing(ConversationId conversation, UserId user, boolean isTyping);

    /** Subscribes {@code user}'s open connections to the conversation, then tells its members. */
    void memberJoined(ConversationId conversation, UserId user);

    void userStatus(UserId user, boolean online, Instant lastSeen, Collection<UserId> audience);
}
