package io.parley.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.ChatFixture;
import io.parley.application.conversation.CreateRoomUseCase.CreateRoomCommand;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomServiceTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User bob = chat.person("Bob");

    private ConversationSummary room(String name, boolean isPrivate) {
        return chat.rooms.create(new CreateRoomCommand(ann.id(), name, isPrivate, "about " + name));
    }

    @Test
    void a_new_room_belongs_to_its_creator() {
        ConversationSummary lobby = room("Lobby", false);

        assertEquals(List.of(ann), lobby.members());
        assertTrue(lobby.viewerIsMember());
        assertEquals(List.of(lobby.conversation().id()), chat.rooms.roomsOf(ann.id()).stream().map(s -> s.conversation().id()).toList());
    }

    @Test
    void anyone_joins_a_public_room_and_joining_twice_is_harmless() {
        ConversationId lobby = room("Lobby", false).conversation().id();
        chat.notifier.clear();

        chat.rooms.join(bob.id(), lobby, null);
        ConversationSummary again = chat.rooms.join(bob.id(), lobby, null);

        assertEquals(2, again.memberCount());
        assertEquals(1, chat.notifier.ofType("member_joined").size());
    }

    @Test
    void a_private_room_needs_its_invite_code() {
        ConversationSummary staff = room("Staff", true);
        ConversationId id = staff.conversation().id();

        assertEquals(Refusal.Reason.FORBIDDEN, assertThrows(Refusal.class, () -> chat.rooms.join(bob.id(), id, null)).reason());
        assertEquals(Refusal.Reason.FORBIDDEN, assertThrows(Refusal.class, () -> chat.rooms.join(bob.id(), id, "WRONG")).reason());

        ConversationSummary joined = chat.rooms.join(bob.id(), id, staff.conversation().inviteCode().value());
        assertTrue(joined.viewerIsMember());
    }

    @Test
    void only_rooms_can_be_joined() {
        ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();
        User eve = chat.person("Eve");

        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.rooms.join(eve.id(), direct, null)).reason());
    }

    @Test
    void browsing_shows_public_rooms_only() {
        room("Lobby", false);
        room("Staff", true);
        room("Lobby two", false);

        List<String> names = chat.rooms.publicRooms(bob.id(), "lob").stream().map(s -> s.conversation().name()).toList();

        assertEquals(2, names.size());
        assertTrue(names.containsAll(List.of("Lobby", "Lobby two")));
        assertEquals(2, chat.rooms.publicRooms(bob.id(), "").size());
    }
}
