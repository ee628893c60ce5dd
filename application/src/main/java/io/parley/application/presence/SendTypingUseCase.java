package io.parley.application.presence;

import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;

public interface SendTypingUseCase {

    /** Tells the other members; repeated "is typing" within the typing interval are dropped. */
    void typing(UserId user, ConversationId conversation, boolean isTyping);
}
