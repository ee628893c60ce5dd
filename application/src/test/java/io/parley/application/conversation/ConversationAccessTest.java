package io.parley.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.application.ChatFixture;
import io.parley.application.conversation.CreateRoomUseCase.CreateRoomCommand;
import io.parley.application.conversation.MarkReadUseCase.MarkReadCommand;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every way into a conversation gives an outsider the same answer, decided in one place. */
class ConversationAccessTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User eve = chat.person("Eve");

    private Map<String, Consumer<ConversationId>> everyWayIn() {
        return Map.of(
                "send", c -> chat.messaging.send(new SendMessageCommand(eve.id(), c, "hi", null)),
                "history", c -> chat.messaging.before(eve.id(), c, null, 10),
                "catch-up", c -> chat.messaging.after(eve.id(), c, 0, 10),
                "typing", c -> chat.typing.typing(eve.id(), c, true),
                "mark read", c -> chat.conversations.markRead(new MarkReadCommand(eve.id(), c, 0L)));
    }

    private Map<String, Refusal.Reason> answersTo(ConversationId conversation) {
        Map<String, Refusal.Reason> answers = new TreeMap<>();
        everyWayIn().forEach((way, call) -> answers.put(way, assertThrows(Refusal.class, () -> call.accept(conversation)).reason()));
        return answers;
    }

    @Test
    void an_outsider_is_told_a_private_conversation_does_not_exist_whichever_way_they_try() {
        ConversationId direct = chat.conversations.open(ann.id(), chat.person("Bob").id()).conversation().conversation().id();
        ConversationId secret = chat.rooms.create(new CreateRoomCommand(ann.id(), "secret", true, null)).conversation().id();

        for (ConversationId conversation : List.of(direct, secret, new ConversationId("no-such-conversation"))) {
            assertEquals(Map.of("catch-up", Refusal.Reason.NOT_FOUND, "history", Refusal.Reason.NOT_FOUND,
                    "mark read", Refusal.Reason.NOT_FOUND, "send", Refusal.Reason.NOT_FOUND, "typing", Refusal.Reason.NOT_FOUND),
                    answersTo(conversation));
            assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.conversations.get(eve.id(), conversation)).reason());
        }
    }

    @Test
    void an_outsider_may_look_at_a_public_room_but_must_join_it_before_using_it() {
        ConversationId lobby = chat.rooms.create(new CreateRoomCommand(ann.id(), "lobby", false, null)).conversation().id();

        chat.messaging.send(new SendMessageCommand(ann.id(), lobby, "members only", null));
        ConversationSummary outside = chat.conversations.get(eve.id(), lobby);
        assertEquals("lobby", outside.displayName());
        assertEquals(1, outside.memberCount());
        assertNull(outside.lastMessage());
        assertEquals(List.of(), outside.members());
        ConversationSummary browsed = chat.rooms.publicRooms(eve.id(), "lobby").get(0);
        assertNull(browsed.lastMessage());
        assertEquals(List.of(), browsed.members());
        assertEquals(Map.of("catch-up", Refusal.Reason.FORBIDDEN, "history", Refusal.Reason.FORBIDDEN,
                "mark read", Refusal.Reason.FORBIDDEN, "send", Refusal.Reason.FORBIDDEN, "typing", Refusal.Reason.FORBIDDEN),
                answersTo(lobby));

        chat.rooms.join(eve.id(), lobby, null);
        assertEquals("members only", chat.conversations.get(eve.id(), lobby).lastMessage().content());
        everyWayIn().values().forEach(call -> call.accept(lobby));
    }
}
