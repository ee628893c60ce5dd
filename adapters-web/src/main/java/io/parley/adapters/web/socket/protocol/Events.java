package io.parley.adapters.web.socket;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** The data of the events the server pushes (SPEC §4); {@code receive_message} carries a MessageView. */
final class Events {

    private Events() {
    }

    @Serdeable
    record Typing(String conversationId, String roomId, String userId, boolean isTyping) {
    }

    @Serdeable
    record UserStatus(String userId, String status, Instant lastSeen) {
    }

    @Serdeable
    record MemberJoined(String conversationId, String userId) {
    }
}
