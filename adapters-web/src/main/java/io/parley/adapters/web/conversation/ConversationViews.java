package io.parley.adapters.web.conversation;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapters.web.user.PeopleViews;
import io.parley.adapters.web.user.PublicUserView;
import io.parley.application.conversation.ConversationSummary;
import io.parley.domain.conversation.Conversation;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of conversations and rooms (SPEC §3), built from what the core answers. */
@Singleton
public final class ConversationViews {

    private final PeopleViews people;

    ConversationViews(PeopleViews people) {
        this.people = people;
    }

    /** A conversation of any kind: the inbox entry, with the room fields for rooms. */
    @Serdeable
    public record ConversationView(String id, String type, String name, List<PublicUserView> members, int memberCount,
                                   MessageView lastMessage, long unreadCount, Instant lastActivityAt,
                                   String description, Boolean isPrivate, String inviteCode, String createdById, Instant createdAt) {
    }

    @Serdeable
    public record RoomView(String id, String type, String name, String description, boolean isPrivate, String inviteCode,
                           String createdById, Instant createdAt, int memberCount) {
    }

    public ConversationView conversation(ConversationSummary s) {
        Conversation c = s.conversation();
        boolean room = c.kind() == io.parley.domain.conversation.ConversationKind.ROOM;
        return new ConversationView(c.id().value(), c.kind().wireName(), s.displayName(), people.of(s.members()), s.memberCount(),
                s.lastMessage() == null ? null : MessageView.of(s.lastMessage()), s.unreadCount(), s.lastActivityAt(),
                room ? c.description() : null, room ? c.isPrivate() : null, inviteCodeFor(s), c.createdBy().value(), c.createdAt());
    }

    public List<ConversationView> conversations(List<ConversationSummary> summaries) {
        return summaries.stream().map(this::conversation).toList();
    }

    public RoomView room(ConversationSummary s) {
        Conversation c = s.conversation();
        return new RoomView(c.id().value(), c.kind().wireName(), c.name(), c.description(), c.isPrivate(), inviteCodeFor(s),
                c.createdBy().value(), c.createdAt(), s.memberCount());
    }

    public List<RoomView> rooms(List<ConversationSummary> summaries) {
        return summaries.stream().map(this::room).toList();
    }

    /** Members alone see a room's invite code. */
    private static String inviteCodeFor(ConversationSummary s) {
        return s.viewerIsMember() && s.conversation().inviteCode() != null ? s.conversation().inviteCode().value() : null;
    }
}
