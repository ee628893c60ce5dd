package io.parley.adapters.web.conversation;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.messaging.MessageHistoryQuery;
import io.parley.application.messaging.MessageHistoryQuery.HistoryPage;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;

/** History pages for both the rooms and the conversations API: cursor backwards, or after a seq. */
@Singleton
final class HistoryViews {

    @Serdeable
    record Page(List<MessageView> messages, String nextCursor) {
    }

    @Serdeable
    record CatchUp(List<MessageView> messages) {
    }

    private final MessageHistoryQuery history;

    HistoryViews(MessageHistoryQuery history) {
        this.history = history;
    }

    Object page(UserId reader, ConversationId conversation, String cursor, String after, String around, Integer limit) {
        int bounded = limit == null ? 0 : limit;
        if (after != null) {
            return new CatchUp(history.after(reader, conversation, Cursors.number("after", after), bounded).stream().map(MessageView::of).toList());
        }
        HistoryPage page = around != null
                ? history.around(reader, conversation, Cursors.number("around", around), bounded)
                : history.before(reader, conversation, cursor == null || cursor.isEmpty() ? null : Cursors.number("cursor", cursor), bounded);
        return new Page(page.messages().stream().map(MessageView::of).toList(),
                page.nextCursor() == null ? null : String.valueOf(page.nextCursor()));
    }
}
