package io.parley.adapters.web.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.parley.adapters.web.conversation.ConversationViews.RoomView;
import io.parley.adapters.web.security.ClientAddress;
import io.parley.application.conversation.CreateRoomUseCase;
import io.parley.application.conversation.CreateRoomUseCase.CreateRoomCommand;
import io.parley.application.conversation.JoinRoomUseCase;
import io.parley.application.conversation.PreviewInviteQuery;
import io.parley.application.conversation.PreviewInviteQuery.InvitePreview;
import io.parley.application.conversation.RoomsQuery;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.util.List;

/** Rooms, at the paths of seed 001. A room is a conversation; its messages are the conversation's. */
@Controller("/api/rooms")
// Every endpoint reaches the database: never on a Netty event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
final class RoomController {

    @Serdeable
    record CreateRoomRequest(@Nullable String name, @Nullable Boolean isPrivate, @Nullable String description) {
    }

    @Serdeable
    record JoinRoomRequest(@Nullable String inviteCode) {
    }

    @Serdeable
    record InvitePreviewView(String id, String name, String description, int memberCount) {
        static InvitePreviewView of(InvitePreview preview) {
            return new InvitePreviewView(preview.id().value(), preview.name(), preview.description(), preview.memberCount());
        }
    }

    private final CreateRoomUseCase createRoom;
    private final JoinRoomUseCase joinRoom;
    private final RoomsQuery rooms;
    private final PreviewInviteQuery invites;
    private final ClientAddress clientAddress;
    private final ConversationViews views;
    private final HistoryViews history;

    RoomController(CreateRoomUseCase createRoom, JoinRoomUseCase joinRoom, RoomsQuery rooms, PreviewInviteQuery invites,
                   ClientAddress clientAddress, ConversationViews views, HistoryViews history) {
        this.createRoom = createRoom;
        this.joinRoom = joinRoom;
        this.rooms = rooms;
        this.invites = invites;
        this.clientAddress = clientAddress;
        this.views = views;
        this.history = history;
    }

    @Get
    List<RoomView> mine(Authentication caller) {
        return views.rooms(rooms.roomsOf(user(caller)));
    }

    @Post
    @Status(HttpStatus.CREATED)
    RoomView create(Authentication caller, @Body CreateRoomRequest body) {
        return views.room(createRoom.create(new CreateRoomCommand(user(caller), body.name(),
                Boolean.TRUE.equals(body.isPrivate()), body.description())));
    }

    @Get("/public")
    List<RoomView> browse(Authentication caller, @Nullable @QueryValue String q) {
        return views.rooms(rooms.publicRooms(user(caller), q));
    }

    @Post("/{roomId}/join")
    RoomView join(Authentication caller, String roomId, @Nullable @Body JoinRoomRequest body) {
        return views.room(joinRoom.join(user(caller), new ConversationId(roomId), body == null ? null : body.inviteCode()));
    }

    /** An invite link's room, for a visitor who may not have an account yet. */
    @Get("/{roomId}/invite")
    @Secured(SecurityRule.IS_ANONYMOUS)
    InvitePreviewView invite(HttpRequest<?> request, String roomId, @Nullable @QueryValue String code) {
        return InvitePreviewView.of(invites.preview(new ConversationId(roomId), code, clientAddress.of(request)));
    }

    @Get("/{roomId}/messages")
    Object messages(Authentication caller, String roomId, @Nullable @QueryValue String cursor,
                    @Nullable @QueryValue String after, @Nullable @QueryValue String around,
                    @Nullable @QueryValue Integer limit) {
        return history.page(user(caller), new ConversationId(roomId), cursor, after, around, limit);
    }

    private static UserId user(Authentication caller) {
        return new UserId(caller.getName());
    }
}
