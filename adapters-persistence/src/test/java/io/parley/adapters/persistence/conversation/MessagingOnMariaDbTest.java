package io.parley.adapters.persistence.conversation;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.attachment.port.StoreAttachmentPort;
import io.parley.application.common.ChatLimits;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.ConversationAccess;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.conversation.port.SaveConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.application.fakes.InMemoryBlobs;
import io.parley.application.fakes.RecordingNotifier;
import io.parley.application.messaging.MessageChangeService;
import io.parley.application.messaging.MessageHistoryQuery.HistoryPage;
import io.parley.application.messaging.MessagingService;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.ChangeMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
import io.parley.domain.IdGenerator;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.attachment.FileType;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.InviteCode;
import io.parley.domain.conversation.Membership;
import io.parley.domain.message.Edit;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageType;
import io.parley.domain.message.Reaction;
import io.parley.domain.user.User;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The messaging service on the real stores and transactions: the delivery guarantees are the database's. */
@MicronautTest(transactional = false)
class MessagingOnMariaDbTest {

    @Inject
    SaveUserPort saveUser;
    @Inject
    LoadConversationPort conversations;
    @Inject
    SaveConversationPort saveConversation;
    @Inject
    StoreMembershipPort memberships;
    @Inject
    AppendMessagePort append;
    @Inject
    LoadMessagesPort messages;
    @Inject
    LoadLatestMessagesPort latestMessages;
    @Inject
    RunInTransactionPort tx;
    @Inject
    StoreAttachmentPort attachments;
    @Inject
    ChangeMessagePort changes;

    private final RecordingNotifier notifier = new RecordingNotifier();
    private MessagingService messaging;
    private MessageChangeService changing;
    private ConversationId room;
    private final List<User> senders = new ArrayList<>();

    @BeforeEach
    void roomWithTwentyMembers() {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        messaging = new MessagingService(memberships, append, messages, attachments, new ConversationAccess(conversations, memberships), notifier, tx,
                new ChatLimits(1000, Duration.ofSeconds(10), Duration.ZERO, Duration.ZERO, 20), clock, new IdGenerator(clock, new SecureRandom()));
        changing = new MessageChangeService(changes, messages, append, memberships, conversations, new InMemoryBlobs(false), text -> !text.isBlank(),
                notifier, tx, new ChatLimits(1000, Duration.ofSeconds(10), Duration.ZERO, Duration.ZERO, 1000), clock);
        Instant now = clock.instant();
        room = new ConversationId(UUID.randomUUID().toString());
        List<Membership> members = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            User user = aUser().named("Sender " + i).build();
            saveUser.create(user, "hash");
            senders.add(user);
            members.add(i == 0 ? Membership.owner(room, user.id(), now) : Membership.member(room, user.id(), now));
        }
        Conversation conversation = Conversation.room(room, "Busy", null, false, InviteCode.generate(new SecureRandom()), senders.get(0).id(), now);
        tx.inTransaction(() -> saveConversation.create(conversation, members));
    }

    @Test
    void twenty_concurrent_senders_get_sequence_numbers_without_gaps_or_duplicates() throws Exception {
        int perSender = 10;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (User sender : senders) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < perSender; i++) {
                        seqs.add(messaging.send(new SendMessageCommand(sender.id(), room, "from " + sender.name() + " #" + i, null)).seq());
                    }
                    return seqs;
                }));
            }
            start.countDown();
            List<Long> acked = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                acked.addAll(result.get());
            }

            List<Long> expected = LongStream.rangeClosed(1, 200).boxed().toList();
            assertEquals(expected, acked.stream().sorted().toList());
            assertEquals(expected, messages.changedAfter(room, 0, 500).stream().map(Message::seq).toList());
            assertEquals(200, conversations.byId(room).orElseThrow().lastSeq());
            assertEquals(200, notifier.ofType("receive_message").size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_resent_client_message_id_is_stored_once() {
        User ann = senders.get(0);
        Message first = messaging.send(new SendMessageCommand(ann.id(), room, "once", "client-1"));
        Message again = messaging.send(new SendMessageCommand(ann.id(), room, "once", "client-1"));

        assertEquals(first, again);
        assertEquals(List.of(first), messages.changedAfter(room, 0, 10));
    }

    @Test
    void the_database_itself_refuses_a_duplicate_client_message_id() {
        User ann = senders.get(0);
        Instant now = Instant.now();
        tx.inTransaction(() -> {
            append.append(new Message(UUID.randomUUID().toString(), room, 1, ann.id(), MessageType.TEXT, "a", "dup", now));
            return null;
        });

        assertThrows(DataAccessException.class, () -> tx.inTransaction(() -> {
            append.append(new Message(UUID.randomUUID().toString(), room, 2, ann.id(), MessageType.TEXT, "b", "dup", now));
            return null;
        }));
        assertEquals(1, conversations.byId(room).orElseThrow().lastSeq(), "the failed append left no trace");
    }

    @Test
    void paging_through_250_messages_returns_each_once_in_order_and_catch_up_fills_a_gap() {
        for (int i = 1; i <= 250; i++) {
            messaging.send(new SendMessageCommand(senders.get(i % 20).id(), room, "text and emoji 🎉 #" + i, null));
        }

        List<Long> seen = new ArrayList<>();
        Long cursor = null;
        do {
            HistoryPage page = messaging.before(senders.get(3).id(), room, cursor, 100);
            page.messages().forEach(m -> seen.add(m.seq()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertEquals(LongStream.iterate(250, s -> s - 1).limit(250).boxed().toList(), seen);
        List<Message> missed = messaging.after(senders.get(3).id(), room, 240, 100);
        assertEquals(LongStream.rangeClosed(241, 250).boxed().toList(), missed.stream().map(Message::seq).toList());
        assertEquals("text and emoji 🎉 #250", missed.get(9).content());
        assertTrue(latestMessages.latestOf(List.of(room)).get(0).seq() == 250);
    }

    @Test
    void every_read_hands_out_a_message_with_its_files_in_upload_order() {
        User ann = senders.get(0);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<AttachmentId> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AttachmentId id = new AttachmentId(UUID.randomUUID().toString());
            attachments.save(new Attachment(id, ann.id(), "report-" + i + ".pdf", FileType.PDF, 100 + i, null, null,
                    "attachments/" + id.value(), null, now.plusMillis(i), null, null));
            ids.add(id);
        }
        messaging.send(new SendMessageCommand(ann.id(), room, "just text", null));
        Message sent = messaging.send(new SendMessageCommand(ann.id(), room, "two files", "with-files", ids));

        List<String> expected = List.of("report-0.pdf", "report-1.pdf");
        assertEquals(expected, names(messaging.after(ann.id(), room, 0, 10).get(1)));
        assertEquals(expected, names(messaging.before(ann.id(), room, null, 10).messages().get(0)));
        assertEquals(expected, names(latestMessages.latestOf(List.of(room)).get(0)));
        assertEquals(expected, names(messaging.send(new SendMessageCommand(ann.id(), room, "two files", "with-files", ids))));
        assertEquals(sent.id(), latestMessages.latestOf(List.of(room)).get(0).id());
        assertEquals(List.of(), messaging.after(ann.id(), room, 0, 10).get(0).attachments());
    }

    @Test
    void concurrent_sends_and_changes_share_one_sequence_without_gaps_and_catch_up_has_each_message_once() throws Exception {
        List<Message> earlier = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            earlier.add(messaging.send(new SendMessageCommand(senders.get(i).id(), room, "earlier " + i, null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int s = 0; s < 20; s++) {
                User member = senders.get(s);
                Message own = earlier.get(s);
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        messaging.send(new SendMessageCommand(member.id(), room, "later " + i, null));
                        changing.react(member.id(), earlier.get(i).id(), "r" + i, true);
                        changing.edit(member.id(), own.id(), "edit " + i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        long changesMade = 20 + 20 * 5 * 3;
        assertEquals(changesMade, conversations.byId(room).orElseThrow().lastSeq());
        List<Message> all = messaging.after(senders.get(0).id(), room, 0, 100);
        all = new ArrayList<>(all);
        all.addAll(messaging.after(senders.get(0).id(), room, all.get(all.size() - 1).version(), 100));
        assertEquals(120, all.size(), "every message once");
        assertEquals(120, all.stream().map(Message::id).distinct().count());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).version() < all.get(i).version(), "in the order of the changes");
        }
        Set<Long> numbers = new HashSet<>();
        all.forEach(m -> numbers.add(m.seq()));
        assertEquals(120, numbers.size());
        Message first = all.stream().filter(m -> m.id().equals(earlier.get(0).id())).findFirst().orElseThrow();
        assertEquals("edit 4", first.content());
        assertEquals(List.of("r0"), first.reactions().stream().map(Reaction::emoji).toList());
        assertEquals(20, first.reactions().get(0).count());
        assertEquals(5, changes.edits(first.id()).size(), "the text it was sent with and four edits");
        assertEquals(changesMade, all.get(all.size() - 1).version(), "the last change is the last message's version");
    }

    @Test
    void a_deleted_message_keeps_its_place_and_loses_its_text_files_reactions_and_earlier_texts() {
        User ann = senders.get(0);
        User bob = senders.get(1);
        AttachmentId fileId = new AttachmentId(UUID.randomUUID().toString());
        attachments.save(new Attachment(fileId, ann.id(), "plan.pdf", FileType.PDF, 100, null, null, "attachments/" + fileId.value(), null,
                Instant.now(), null, null));
        Message withFile = messaging.send(new SendMessageCommand(ann.id(), room, "the plan", null, List.of(fileId)));
        changing.edit(ann.id(), withFile.id(), "the plan, v2");
        changing.react(bob.id(), withFile.id(), "👍", true);
        Message after = messaging.send(new SendMessageCommand(bob.id(), room, "thanks", null));

        changing.delete(ann.id(), withFile.id());

        Message tombstone = messages.byId(withFile.id()).orElseThrow();
        assertTrue(tombstone.isDeleted());
        assertEquals("", tombstone.content());
        assertEquals(List.of(), tombstone.attachments());
        assertEquals(List.of(), tombstone.reactions());
        assertEquals(List.<Edit>of(), changes.edits(withFile.id()));
        assertEquals(withFile.seq(), tombstone.seq());
        assertTrue(attachments.byId(fileId).isEmpty(), "the file can no longer be asked for");
        assertEquals(List.of(withFile.id()), messaging.after(bob.id(), room, after.seq(), 10).stream().map(Message::id).toList());
        assertEquals(after.id(), latestMessages.latestOf(List.of(room)).get(0).id(), "the inbox shows the last message, not the last change");
    }

    @Test
    void unread_counts_count_messages_of_others_past_the_read_marker() {
        User ann = senders.get(0);
        User bob = senders.get(1);
        messaging.send(new SendMessageCommand(bob.id(), room, "mine, read as I send it", null));
        Message hello = messaging.send(new SendMessageCommand(ann.id(), room, "hello", null));
        memberships.markRead(room, bob.id(), hello.seq());
        changing.edit(ann.id(), hello.id(), "hello again");
        changing.react(ann.id(), hello.id(), "👍", true);
        messaging.send(new SendMessageCommand(ann.id(), room, "one", null));
        Message two = messaging.send(new SendMessageCommand(ann.id(), room, "two", null));
        changing.delete(ann.id(), two.id());

        assertEquals(Map.of(room, 1L), latestMessages.unreadOf(bob.id(), List.of(room)));
    }

    @Test
    void a_reply_quotes_the_current_text_and_a_thread_keeps_its_summary_on_the_root() {
        User ann = senders.get(0);
        User bob = senders.get(1);
        Message question = messaging.send(new SendMessageCommand(ann.id(), room, "lunch at 12?", null));
        Message reply = messaging.send(new SendMessageCommand(bob.id(), room, "yes", null, List.of(), question.id(), null));
        messaging.send(new SendMessageCommand(bob.id(), room, "in the thread", null, List.of(), null, question.id()));
        Message last = messaging.send(new SendMessageCommand(ann.id(), room, "me too", null, List.of(), null, question.id()));

        changing.edit(ann.id(), question.id(), "lunch at 12:30?");
        assertEquals("lunch at 12:30?", messages.byId(reply.id()).orElseThrow().replyTo().excerpt());
        changing.delete(ann.id(), question.id());
        assertEquals("", messages.byId(reply.id()).orElseThrow().replyTo().excerpt());

        Message root = messages.byId(question.id()).orElseThrow();
        assertEquals(2, root.thread().replyCount());
        assertEquals(List.of(ann.id(), bob.id()), root.thread().participantIds());
        assertEquals(last.createdAt(), root.thread().lastReplyAt());
        assertEquals(List.of("in the thread", "me too"), messages.thread(question.id(), 0, 10).stream().map(Message::content).toList());
        assertEquals(List.of(reply.id(), question.id()), messaging.before(ann.id(), room, null, 10).messages().stream().map(Message::id).toList());
        assertEquals(last.id(), latestMessages.latestOf(List.of(room)).get(0).id());
    }

    private static List<String> names(Message message) {
        return message.attachments().stream().map(Attachment::fileName).toList();
    }
}
