package io.parley.adapters.web.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.conversation.ConversationViews.ConversationView;
import io.parley.adapters.web.json.JsonValues;
import io.parley.application.conversation.CreateGroupUseCase;
import io.parley.application.conversation.CreateGroupUseCase.CreateGroupCommand;
import io.parley.application.conversation.GetConversationQuery;
import io.parley.application.conversation.InboxQuery;
import io.parley.application.conversation.MarkReadUseCase;
import io.parley.application.conversation.MarkReadUseCase.MarkReadCommand;
import io.parley.application.conversation.OpenDirectConversationUseCase;
import io.parley.application.conversation.OpenDirectConversationUseCase.Opened;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.util.List;

@Controller("/api/conversations")
// Every endpoint reaches the database: never on a Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class ConversationController {

    @Serdeable
    record DirectRequest(@Nullable String userId) {
    }

    @Serdeable
    record GroupRequest(@Nullable String name, @Nullable Object userIds) {
    }

    @Serdeable
    record ReadRequest(@Nullable Long seq) {
    }

    private final InboxQuery inbox;
    private final OpenDirectConversationUseCase openDirect;
    private final CreateGroupUseCase createGroup;
    private final GetConversationQuery getConversation;
    private final MarkReadUseCase markRead;
    private final ConversationViews views;
    private final HistoryViews history;

    ConversationController(InboxQuery inbox, OpenDirectConversationUseCase openDirect, CreateGroupUseCase createGroup,
                           GetConversationQuery getConversation, MarkReadUseCase markRead, ConversationViews views, HistoryViews history) {
        this.inbox = inbox;
        this.openDirect = openDirect;
        this.createGroup = createGroup;
        this.getConversation = getConversation;
        this.markRead = markRead;
        this.views = views;
        this.history = history;
    }

    @Get
    List<ConversationView> inbox(Authentication caller) {
        return views.conversations(inbox.inboxOf(user(caller)));
    }

    /** 201 when it was created now, 200 when the pair already had it. */
    @Post("/direct")
    HttpResponse<ConversationView> direct(Authentication caller, @Body DirectRequest body) {
        if (body.userId() == null || body.userId().isBlank()) {
            throw Refusal.invalid("userId", "userId is required");
        }
        Opened opened = openDirect.open(user(caller), new UserId(body.userId()));
        return HttpResponse.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK).body(views.conversation(opened.conversation()));
    }

    @Post("/group")
    @Status(HttpStatus.CREATED)
    ConversationView group(Authentication caller, @Body GroupRequest body) {
        List<UserId> members = JsonValues.strings("userIds", body.userIds()).stream().map(UserId::new).toList();
        return views.conversation(createGroup.create(new CreateGroupCommand(user(caller), body.name(), members)));
    }

    @Get("/{id}")
    ConversationView get(Authentication caller, String id) {
        return views.conversation(getConversation.get(user(caller), new ConversationId(id)));
    }

    @Get("/{id}/messages")
    Object messages(Authentication caller, String id, @Nullable @QueryValue String cursor,
                    @Nullable @QueryValue String after, @Nullable @QueryValue String around,
                    @Nullable @QueryValue Integer limit) {
        return history.page(user(caller), new ConversationId(id), cursor, after, around, limit);
    }

    @Post("/{id}/read")
    HttpResponse<Void> read(Authentication caller, String id, @Body ReadRequest body) {
        markRead.markRead(new MarkReadCommand(user(caller), new ConversationId(id), body.seq()));
        return HttpResponse.noContent();
    }

    private static UserId user(Authentication caller) {
        return new UserId(caller.getName());
    }
}
