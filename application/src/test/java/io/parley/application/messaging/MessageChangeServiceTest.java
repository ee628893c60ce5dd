package io.parley.application.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.ChatFixture;
import io.parley.application.conversation.CreateGroupUseCase.CreateGroupCommand;
import io.parley.application.conversation.MarkReadUseCase.MarkReadCommand;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.message.Reaction;
import io.parley.domain.user.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageChangeServiceTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User bob = chat.person("Bob");
    private final ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();

    private Message send(User sender, String content) {
        return chat.messaging.send(new SendMessageCommand(sender.id(), direct, content, null));
    }

    private Refusal.Reason refused(Runnable change) {
        return assertThrows(Refusal.class, change::run).reason();
    }

    @Test
    void an_edit_takes_the_next_number_and_is_told_to_the_members_after_it_is_stored() {
        Message hello = send(ann, "helo");
        send(bob, "hi");
        chat.notifier.clear();

        Message edited = chat.changes.edit(ann.id(), hello.id(), "hello");

        assertEquals("hello", edited.content());
        assertEquals(1, edited.seq());
        assertEquals(3, edited.version());
        assertEquals(List.of(edited), chat.notifier.ofType("message_updated").stream().map(e -> e.detail()).toList());
        assertEquals(3, chat.store.lockLastSeq(direct));
        assertEquals(List.of(edited), chat.messaging.after(bob.id(), direct, 2, 50));
    }

    @Test
    void a_change_that_changes_nothing_takes_no_number_and_tells_nobody() {
        Message hello = send(ann, "hello");
        chat.changes.react(bob.id(), hello.id(), "👍", true);
        Message oops = send(ann, "oops");
        chat.changes.delete(ann.id(), oops.id());
        chat.notifier.clear();
        long last = chat.store.lockLastSeq(direct);

        chat.changes.edit(ann.id(), hello.id(), " hello ");
        chat.changes.react(bob.id(), hello.id(), "👍", true);
        chat.changes.react(bob.id(), hello.id(), "🎉", false);
        chat.changes.delete(ann.id(), oops.id());

        assertEquals(last, chat.store.lockLastSeq(direct));
        assertEquals(List.of(), chat.notifier.ofType("message_updated"));
    }

    @Test
    void every_change_is_in_the_one_sequence_and_catch_up_returns_each_message_once_as_it_is_now() {
        Message first = send(ann, "first");                                   // 1
        Message second = send(bob, "second");                                 // 2
        chat.changes.edit(ann.id(), first.id(), "first, edited");             // 3
        chat.changes.react(ann.id(), second.id(), "👍", true);                // 4
        Message third = send(ann, "third");                                   // 5
        chat.changes.react(bob.id(), first.id(), "🎉", true);                 // 6

        List<Message> all = chat.messaging.after(bob.id(), direct, 0, 50);
        assertEquals(List.of(second.id(), third.id(), first.id()), all.stream().map(Message::id).toList());
        assertEquals(List.of(4L, 5L, 6L), all.stream().map(Message::version).toList());
        assertEquals("first, edited", all.get(2).content());
        assertEquals(List.of(new Reaction("🎉", List.of(bob.id()))), all.get(2).reactions());

        assertEquals(List.of(third.id(), first.id()), chat.messaging.after(bob.id(), direct, 4, 50).stream().map(Message::id).toList());
        assertEquals(List.of(), chat.messaging.after(bob.id(), direct, 6, 50));
    }

    @Test
    void only_the_sender_edits_and_outsiders_learn_nothing() {
        Message hello = send(ann, "hello");
        User eve = chat.person("Eve");

        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> chat.changes.edit(bob.id(), hello.id(), "mine")));
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> chat.changes.edit(eve.id(), hello.id(), "mine")));
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> chat.changes.react(eve.id(), hello.id(), "👍", true)));
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> chat.changes.edits(eve.id(), hello.id())));
        assertEquals(Refusal.Reason.NOT_FOUND, refused(() -> chat.changes.delete(ann.id(), "no-such-message")));
    }

    @Test
    void in_a_direct_conversation_only_the_sender_deletes() {
        Message hello = send(ann, "hello");

        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> chat.changes.delete(bob.id(), hello.id())));
        chat.changes.delete(ann.id(), hello.id());

        Message tombstone = chat.messaging.after(bob.id(), direct, 0, 50).get(0);
        assertTrue(tombstone.isDeleted());
        assertEquals("", tombstone.content());
        assertEquals(hello.seq(), tombstone.seq());
    }

    @Test
    void the_owner_of_a_group_deletes_any_message_of_it() {
        User cat = chat.person("Cat");
        ConversationId group = chat.conversations.create(new CreateGroupCommand(ann.id(), "Team", List.of(bob.id(), cat.id())))
                .conversation().id();
        Message bobs = chat.messaging.send(new SendMessageCommand(bob.id(), group, "from Bob", null));

        assertEquals(Refusal.Reason.FORBIDDEN, refused(() -> chat.changes.delete(cat.id(), bobs.id())));
        chat.changes.delete(ann.id(), bobs.id());

        assertTrue(chat.messaging.after(cat.id(), group, 0, 50).get(0).isDeleted());
    }

    @Test
    void earlier_texts_are_kept_oldest_first_and_go_with_a_deletion() {
        Message m = send(ann, "one");
        chat.clock.advance(Duration.ofMinutes(1));
        chat.changes.edit(ann.id(), m.id(), "two");
        chat.clock.advance(Duration.ofMinutes(1));
        chat.changes.edit(ann.id(), m.id(), "three");

        List<Edit> edits = chat.changes.edits(bob.id(), m.id());
        assertEquals(List.of("one", "two"), edits.stream().map(Edit::content).toList());
        assertTrue(edits.get(0).editedAt().isBefore(edits.get(1).editedAt()));

        chat.changes.delete(ann.id(), m.id());
        assertEquals(List.of(), chat.changes.edits(bob.id(), m.id()));
    }

    @Test
    void a_reaction_is_one_emoji() {
        Message hello = send(ann, "hello");

        Refusal refusal = assertThrows(Refusal.class, () -> chat.changes.react(bob.id(), hello.id(), "+1", true));

        assertEquals("emoji", refusal.field().orElseThrow());
    }

    @Test
    void changes_have_their_own_rate_budget() {
        Message hello = send(ann, "hello");
        for (int i = 0; i < 20; i++) {
            chat.changes.edit(ann.id(), hello.id(), "hello " + i);
        }

        Refusal refusal = assertThrows(Refusal.class, () -> chat.changes.edit(ann.id(), hello.id(), "one too many"));

        assertEquals(Refusal.Reason.RATE_LIMITED, refusal.reason());
        assertTrue(refusal.retryAfter().isPresent());
        send(ann, "sending is another budget");
    }

    @Test
    void unread_counts_count_messages_of_others_not_changes() {
        Message hello = send(ann, "hello");
        chat.conversations.markRead(new MarkReadCommand(bob.id(), direct, chat.store.lockLastSeq(direct)));

        chat.changes.edit(ann.id(), hello.id(), "hello, edited");
        chat.changes.react(ann.id(), hello.id(), "👍", true);
        assertEquals(0, unreadOfBob());

        send(ann, "new");
        send(ann, "newer");
        assertEquals(2, unreadOfBob());
        chat.changes.delete(ann.id(), chat.messaging.after(bob.id(), direct, 0, 50).get(1).id());
        assertEquals(1, unreadOfBob());
    }

    private long unreadOfBob() {
        return chat.conversations.inboxOf(bob.id()).get(0).unreadCount();
    }
}
