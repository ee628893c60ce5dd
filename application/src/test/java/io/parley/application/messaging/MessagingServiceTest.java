package io.parley.application.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.ChatFixture;
import io.parley.application.conversation.CreateRoomUseCase.CreateRoomCommand;
import io.parley.application.messaging.MessageHistoryQuery.HistoryPage;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MessagingServiceTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User bob = chat.person("Bob");
    private final ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();

    private Message send(User sender, String content) {
        return chat.messaging.send(new SendMessageCommand(sender.id(), direct, content, null));
    }

    @Test
    void messages_are_numbered_one_by_one_and_published_after_they_are_stored() {
        chat.notifier.clear();

        Message first = send(ann, "hello");
        Message second = send(bob, "hi Ann");

        assertEquals(1, first.seq());
        assertEquals(2, second.seq());
        assertEquals(List.of(first, second), chat.notifier.ofType("receive_message").stream().map(e -> e.detail()).toList());
        assertEquals(List.of(second, first), chat.store.before(direct, Long.MAX_VALUE, 10));
    }

    @Test
    void outsiders_can_neither_send_nor_read() {
        User eve = chat.person("Eve");

        Refusal send = assertThrows(Refusal.class, () -> send(eve, "let me in"));
        Refusal read = assertThrows(Refusal.class, () -> chat.messaging.before(eve.id(), direct, null, 10));

        assertEquals(Refusal.Reason.NOT_FOUND, send.reason());
        assertEquals(Refusal.Reason.NOT_FOUND, read.reason());
    }

    @Test
    void a_public_room_must_be_joined_before_it_is_written_to() {
        ConversationId lobby = chat.rooms.create(new CreateRoomCommand(ann.id(), "Lobby", false, null)).conversation().id();

        Refusal refusal = assertThrows(Refusal.class, () -> chat.messaging.send(new SendMessageCommand(bob.id(), lobby, "hi", null)));

        assertEquals(Refusal.Reason.FORBIDDEN, refusal.reason());
    }

    @Test
    void the_sixth_message_in_the_window_is_refused_and_one_after_it_is_accepted() {
        for (int i = 0; i < 5; i++) {
            send(ann, "message " + i);
            chat.clock.advance(Duration.ofSeconds(1));
        }

        Refusal sixth = assertThrows(Refusal.class, () -> send(ann, "one too many"));
        assertEquals(Refusal.Reason.RATE_LIMITED, sixth.reason());
        assertEquals(Duration.ofSeconds(5), sixth.retryAfter().orElseThrow());
        send(bob, "others may still talk");

        chat.clock.advance(Duration.ofSeconds(5));
        assertEquals(7, send(ann, "after the window").seq());
    }

    @Test
    void a_resent_client_message_id_returns_the_original_and_stores_nothing() {
        Message original = chat.messaging.send(new SendMessageCommand(ann.id(), direct, "once", "c-1"));
        chat.notifier.clear();

        Message again = chat.messaging.send(new SendMessageCommand(ann.id(), direct, "once", "c-1"));

        assertEquals(original, again);
        assertEquals(1, chat.store.changedAfter(direct, 0, 10).size());
        assertEquals(List.of(), chat.notifier.ofType("receive_message"));
        assertEquals(2, chat.messaging.send(new SendMessageCommand(bob.id(), direct, "same id, other sender", "c-1")).seq());
    }

    @Test
    void an_outsider_is_told_not_found_however_often_they_try() {
        User eve = chat.person("Eve");

        for (int i = 0; i < 10; i++) {
            assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> send(eve, "let me in")).reason());
        }
    }

    @Test
    void resending_a_stored_message_is_answered_even_when_the_limit_is_reached() {
        for (int i = 0; i < 5; i++) {
            chat.messaging.send(new SendMessageCommand(ann.id(), direct, "message " + i, "c-" + i));
        }

        Message resent = chat.messaging.send(new SendMessageCommand(ann.id(), direct, "message 4", "c-4"));

        assertEquals(5, resent.seq());
        assertEquals(Refusal.Reason.RATE_LIMITED, assertThrows(Refusal.class, () -> send(ann, "a new one")).reason());
    }

    @Test
    void paging_back_through_history_returns_every_message_once_in_order() {
        for (int i = 1; i <= 250; i++) {
            send(i % 2 == 0 ? ann : bob, "m" + i);
            chat.clock.advance(Duration.ofSeconds(3));
        }

        List<Long> seen = new ArrayList<>();
        Long cursor = null;
        int pages = 0;
        do {
            HistoryPage page = chat.messaging.before(ann.id(), direct, cursor, 100);
            page.messages().forEach(m -> seen.add(m.seq()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(LongStream.iterate(250, s -> s - 1).limit(250).boxed().toList(), seen);
    }

    @Test
    void history_says_when_it_reaches_the_beginning() {
        send(ann, "only one");

        HistoryPage page = chat.messaging.before(ann.id(), direct, null, 50);

        assertEquals(1, page.messages().size());
        assertNull(page.nextCursor());
    }

    @Test
    void catch_up_returns_what_came_after_a_seq_oldest_first() {
        for (int i = 1; i <= 5; i++) {
            send(ann, "m" + i);
            chat.clock.advance(Duration.ofSeconds(3));
        }

        assertEquals(List.of(3L, 4L, 5L), chat.messaging.after(bob.id(), direct, 2, 50).stream().map(Message::seq).toList());
        assertTrue(chat.messaging.after(bob.id(), direct, 5, 50).isEmpty());
    }
}
