package io.parley.adapters.web.message;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.conversation.Cursors;
import io.parley.adapters.web.conversation.MessageView;
import io.parley.application.messaging.ChangeMessageUseCase;
import io.parley.application.messaging.MessageHistoryQuery;
import io.parley.application.messaging.MessageHistoryQuery.ThreadPage;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** {@code /api/messages/{id}}: changing a message after it was sent (SPEC §6). The socket has the same as events. */
@Controller("/api/messages")
// Every endpoint reaches the database: never on a Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class MessageController {

    @Serdeable
    record EditRequest(@Nullable String content) {
    }

    /** A text the message had until {@code editedAt}. */
    @Serdeable
    record EditView(String content, Instant editedAt) {
    }

    /** A thread: its root as it is now, and a page of its replies, oldest first. */
    @Serdeable
    record ThreadPageView(MessageView root, List<MessageView> messages, String nextCursor) {
    }

    private final ChangeMessageUseCase changes;
    private final MessageHistoryQuery history;

    MessageController(ChangeMessageUseCase changes, MessageHistoryQuery history) {
        this.changes = changes;
        this.history = history;
    }

    @Get("/{id}/thread")
    ThreadPageView thread(Authentication caller, String id, @Nullable @QueryValue String cursor, @Nullable @QueryValue Integer limit) {
        ThreadPage page = history.thread(user(caller), id, cursor == null || cursor.isEmpty() ? null : Cursors.number("cursor", cursor),
                limit == null ? 0 : limit);
        return new ThreadPageView(MessageView.of(page.root()), page.replies().stream().map(MessageView::of).toList(),
                page.nextCursor() == null ? null : String.valueOf(page.nextCursor()));
    }

    @Patch("/{id}")
    MessageView edit(Authentication caller, String id, @Body EditRequest body) {
        return MessageView.of(changes.edit(user(caller), id, body.content()));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(Authentication caller, String id) {
        changes.delete(user(caller), id);
        return HttpResponse.noContent();
    }

    @Get("/{id}/edits")
    List<EditView> edits(Authentication caller, String id) {
        return changes.edits(user(caller), id).stream().map(e -> new EditView(e.content(), e.editedAt())).toList();
    }

    /** The emoji comes URL-encoded in the path, and Micronaut hands it over decoded. */
    @Put("/{id}/reactions/{emoji}")
    HttpResponse<Void> react(Authentication caller, String id, String emoji) {
        changes.react(user(caller), id, emoji, true);
        return HttpResponse.noContent();
    }

    @Delete("/{id}/reactions/{emoji}")
    HttpResponse<Void> unreact(Authentication caller, String id, String emoji) {
        changes.react(user(caller), id, emoji, false);
        return HttpResponse.noContent();
    }

    private static UserId user(Authentication caller) {
        return new UserId(caller.getName());
    }
}
