package io.parley.adapters.web.socket.protocol;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.conversation.MessageView;
import java.time.Instant;

/** The data of the events the server pushes (SPEC §4); {@code receive_message} carries a MessageView. */
public final class Events {

    private Events() {
    }

    @Serdeable
    public record Typing(String conversationId, String roomId, String userId, boolean isTyping) {
    }

    @Serdeable
    public record UserStatus(String userId, String status, Instant lastSeen) {
    }

    /** {@code message_updated}: a message's current state after an edit, a deletion or a reaction. */
    @Serdeable
    public record MessageUpdated(MessageView message) {
    }

    @Serdeable
    public record MemberJoined(String conversationId, String userId) {
    }
}
