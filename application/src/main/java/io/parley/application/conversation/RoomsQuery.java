package io.parley.application.conversation;

import io.parley.domain.user.UserId;
import java.util.List;

public interface RoomsQuery {

    List<ConversationSummary> roomsOf(UserId user);

    /** Public rooms to browse, whose name contains {@code text} (all when empty). */
    List<ConversationSummary> publicRooms(UserId viewer, String text);
}
