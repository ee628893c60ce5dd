package io.parley.application.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.application.ChatFixture;
import io.parley.application.messaging.MessageHistoryQuery.ThreadPage;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.message.Message;
import io.parley.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepliesAndThreadsTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User bob = chat.person("Bob");
    private final ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();

    private Message send(User sender, String content, String replyToId, String threadId) {
        return chat.messaging.send(new SendMessageCommand(sender.id(), direct, content, null, List.of(), replyToId, threadId));
    }

    @Test
    void a_reply_quotes_who_wrote_the_message_and_the_start_of_its_text() {
        Message question = send(ann, "x".repeat(200), null, null);

        Message reply = send(bob, "yes", question.id(), null);

        assertEquals(question.id(), reply.replyTo().id());
        assertEquals(ann.id(), reply.replyTo().senderId());
        assertEquals("x".repeat(140), reply.replyTo().excerpt());
        assertNull(reply.threadId());
    }

    @Test
    void a_thread_reply_and_its_roots_new_summary_are_one_change_told_after_commit() {
        Message root = send(ann, "lunch?", null, null);
        chat.notifier.clear();

        Message first = send(bob, "yes", null, root.id());
        Message second = send(ann, "12:30", null, root.id());

        assertEquals(root.id(), second.threadId());
        List<Message> roots = chat.notifier.ofType("message_updated").stream().map(e -> (Message) e.detail()).toList();
        assertEquals(List.of(first.seq(), second.seq()), roots.stream().map(Message::version).toList(), "the root changes with each reply's own number");
        Message now = roots.get(1);
        assertEquals(2, now.thread().replyCount());
        assertEquals(List.of(ann.id(), bob.id()), now.thread().participantIds());
        assertEquals(second.seq(), chat.store.lockLastSeq(direct), "one number for the reply and its root");
        assertEquals(List.of(root.id()), chat.messaging.before(bob.id(), direct, null, 50).messages().stream().map(Message::id).toList(),
                "history lists the top level");
        ThreadPage thread = chat.messaging.thread(bob.id(), root.id(), null, 50);
        assertEquals(List.of(first.id(), second.id()), thread.replies().stream().map(Message::id).toList());
        assertEquals(2, thread.root().thread().replyCount());
        assertEquals(List.of(first.id(), second.id(), root.id()).size(), chat.messaging.after(bob.id(), direct, root.seq(), 50).size(),
                "catch-up includes thread replies and the root's change");
    }

    @Test
    void threads_are_one_level_deep_and_stay_in_their_conversation() {
        Message root = send(ann, "root", null, null);
        Message inThread = send(bob, "reply", null, root.id());
        User cat = chat.person("Cat");
        ConversationId other = chat.conversations.open(ann.id(), cat.id()).conversation().conversation().id();
        Message elsewhere = chat.messaging.send(new SendMessageCommand(ann.id(), other, "elsewhere", null));
        long last = chat.store.lockLastSeq(direct);

        Refusal nested = assertThrows(Refusal.class, () -> send(ann, "deeper", null, inThread.id()));
        Refusal foreignThread = assertThrows(Refusal.class, () -> send(ann, "there", null, elsewhere.id()));
        Refusal foreignQuote = assertThrows(Refusal.class, () -> send(ann, "there", elsewhere.id(), null));

        assertEquals("threadId", nested.field().orElseThrow());
        assertEquals(Refusal.Reason.NOT_FOUND, foreignThread.reason());
        assertEquals(Refusal.Reason.NOT_FOUND, foreignQuote.reason());
        assertEquals(last, chat.store.lockLastSeq(direct), "a refused reply stores nothing");
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.messaging.thread(cat.id(), root.id(), null, 50)).reason());
    }

    @Test
    void the_page_around_a_message_holds_it_with_top_level_messages_before_and_after() {
        List<Message> sent = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            chat.clock.advance(Duration.ofSeconds(3)); // within the send rate
            sent.add(send(i % 2 == 0 ? ann : bob, "message " + i, null, null));
        }
        send(ann, "in a thread", null, sent.get(0).id());

        MessageHistoryQuery.HistoryPage page = chat.messaging.around(ann.id(), direct, sent.get(14).seq(), 10);

        assertEquals(List.of("message 20", "message 19", "message 18", "message 17", "message 16", "message 15", "message 14", "message 13",
                "message 12", "message 11"), page.messages().stream().map(Message::content).toList());
        assertEquals(sent.get(10).seq(), page.nextCursor());
        MessageHistoryQuery.HistoryPage atTheEnd = chat.messaging.around(ann.id(), direct, sent.get(29).seq(), 10);
        assertEquals("message 30", atTheEnd.messages().get(0).content());
        assertEquals(10, atTheEnd.messages().size());
    }
}
