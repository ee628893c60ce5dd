package io.parley.application.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.application.ChatFixture;
import io.parley.application.conversation.CreateGroupUseCase.CreateGroupCommand;
import io.parley.application.conversation.MarkReadUseCase.MarkReadCommand;
import io.parley.application.conversation.OpenDirectConversationUseCase.Opened;
import io.parley.application.messaging.SendMessageUseCase.SendMessageCommand;
import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.attachment.FileType;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationServiceTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User bob = chat.person("Bob");
    private final User cat = chat.person("Cat");

    @Test
    void a_pair_has_exactly_one_direct_conversation_whoever_opens_it() {
        Opened first = chat.conversations.open(ann.id(), bob.id());
        Opened second = chat.conversations.open(bob.id(), ann.id());

        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.conversation().conversation().id(), second.conversation().conversation().id());
        assertEquals("Bob", first.conversation().displayName());
        assertEquals("Ann", second.conversation().displayName());
        assertEquals(2, chat.notifier.ofType("member_joined").size());
    }

    @Test
    void a_direct_conversation_needs_someone_real_and_else() {
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.conversations.open(ann.id(), new UserId("ghost"))).reason());
        assertEquals(Refusal.Reason.VALIDATION_FAILED, assertThrows(Refusal.class, () -> chat.conversations.open(ann.id(), ann.id())).reason());
    }

    @Test
    void a_group_holds_its_owner_and_the_chosen_members() {
        ConversationSummary group = chat.conversations.create(new CreateGroupCommand(ann.id(), "Team", List.of(bob.id(), cat.id(), ann.id())));

        assertEquals(3, group.memberCount());
        assertEquals(List.of(ann, bob, cat), group.members());
        assertEquals(3, chat.notifier.ofType("member_joined").size());
        assertEquals(Refusal.Reason.VALIDATION_FAILED, assertThrows(Refusal.class,
                () -> chat.conversations.create(new CreateGroupCommand(ann.id(), "Team", List.of(new UserId("ghost"))))).reason());
    }

    @Test
    void outsiders_cannot_see_a_private_conversation() {
        ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();

        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.conversations.get(cat.id(), direct)).reason());
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.conversations.markRead(new MarkReadCommand(cat.id(), direct, 1L))).reason());
    }

    @Test
    void the_inbox_shows_latest_messages_and_unread_counts_newest_activity_first() {
        ConversationId withBob = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();
        chat.clock.advance(Duration.ofSeconds(1));
        ConversationId withCat = chat.conversations.open(ann.id(), cat.id()).conversation().conversation().id();
        chat.clock.advance(Duration.ofSeconds(1));
        chat.messaging.send(new SendMessageCommand(bob.id(), withBob, "one", null));
        chat.messaging.send(new SendMessageCommand(bob.id(), withBob, "two", null));
        chat.messaging.send(new SendMessageCommand(ann.id(), withBob, "mine", null));

        List<ConversationSummary> inbox = chat.conversations.inboxOf(ann.id());

        assertEquals(List.of(withBob, withCat), inbox.stream().map(s -> s.conversation().id()).toList());
        assertEquals("mine", inbox.get(0).lastMessage().content());
        assertEquals(0, inbox.get(0).unreadCount(), "sending marks everything before as read");
        assertEquals(1, chat.conversations.inboxOf(bob.id()).get(0).unreadCount());
    }

    @Test
    void the_inbox_shows_the_files_of_the_latest_message() {
        ConversationId withBob = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();
        Attachment photo = new Attachment(new AttachmentId("photo-1"), ann.id(), "beach.png", FileType.PNG, 1200, 64, 48,
                "attachments/photo-1", "thumbnails/photo-1", chat.clock.instant(), null, null);
        chat.attachments.save(photo);
        chat.messaging.send(new SendMessageCommand(ann.id(), withBob, "", null, List.of(photo.id())));

        ConversationSummary summary = chat.conversations.inboxOf(bob.id()).get(0);

        assertEquals(List.of(photo.id()), summary.lastMessage().attachments().stream().map(Attachment::id).toList());
    }

    @Test
    void read_markers_move_forward_only_and_not_past_the_last_message() {
        ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();
        for (int i = 0; i < 3; i++) {
            chat.messaging.send(new SendMessageCommand(ann.id(), direct, "m" + i, null));
        }

        chat.conversations.markRead(new MarkReadCommand(bob.id(), direct, 2L));
        assertEquals(1, chat.conversations.get(bob.id(), direct).unreadCount());
        chat.conversations.markRead(new MarkReadCommand(bob.id(), direct, 1L));
        assertEquals(1, chat.conversations.get(bob.id(), direct).unreadCount());
        chat.conversations.markRead(new MarkReadCommand(bob.id(), direct, 99L));
        assertEquals(0, chat.conversations.get(bob.id(), direct).unreadCount());
        assertEquals(3, chat.store.membership(direct, bob.id()).orElseThrow().lastReadSeq());
    }

    @Test
    void a_read_marker_needs_a_sequence_number_of_zero_or_more() {
        User ann = chat.person("Ann");
        ConversationId direct = chat.conversations.open(ann.id(), chat.person("Bob").id()).conversation().conversation().id();

        assertEquals(Refusal.Reason.VALIDATION_FAILED, assertThrows(Refusal.class, () -> new MarkReadCommand(ann.id(), direct, null)).reason());
        assertEquals(Refusal.Reason.VALIDATION_FAILED, assertThrows(Refusal.class, () -> new MarkReadCommand(ann.id(), direct, -1L)).reason());
        chat.conversations.markRead(new MarkReadCommand(ann.id(), direct, 0L));
    }
}
