package io.parley.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.Refusal;
import io.parley.domain.attachment.Attachment;
import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.attachment.FileType;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageChangesTest {

    static final UserId ANN = new UserId("00000000-0000-0000-0000-00000000000a");
    static final UserId BOB = new UserId("00000000-0000-0000-0000-00000000000b");
    static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-01T10:05:00Z");

    final Message message = new Message("m1", new ConversationId("00000000-0000-0000-0000-0000000000c1"), 4, ANN, MessageType.TEXT,
            "hello", "c1", SENT);

    @Test
    void a_new_message_is_at_its_own_version() {
        assertEquals(4, message.version());
        assertNull(message.editedAt());
        assertFalse(message.isDeleted());
    }

    @Test
    void an_edit_changes_the_text_and_takes_the_change_number_but_not_the_place() {
        Message edited = message.edited(ANN, "  hello, world ", 9, LATER);

        assertEquals("hello, world", edited.content());
        assertEquals(4, edited.seq());
        assertEquals(9, edited.version());
        assertEquals(LATER, edited.editedAt());
    }

    @Test
    void an_edit_to_the_same_text_changes_nothing() {
        assertSame(message, message.edited(ANN, "hello ", 9, LATER));
    }

    @Test
    void only_the_sender_edits_and_by_the_rules_of_a_send() {
        assertEquals(Refusal.Reason.FORBIDDEN, assertThrows(Refusal.class, () -> message.edited(BOB, "mine now", 9, LATER)).reason());
        assertEquals("content", assertThrows(Refusal.class, () -> message.edited(ANN, "  ", 9, LATER)).field().orElseThrow());
        assertEquals("content", assertThrows(Refusal.class, () -> message.edited(ANN, "x".repeat(4001), 9, LATER)).field().orElseThrow());
    }

    @Test
    void a_message_with_files_may_lose_its_text_but_keeps_its_files() {
        Attachment file = new Attachment(new AttachmentId("00000000-0000-0000-0000-0000000000f1"), ANN, "a.pdf", FileType.PDF, 10, null, null,
                "k", null, SENT, null, null);
        Message withFile = message.withAttachments(List.of(file));

        Message edited = withFile.edited(ANN, "", 9, LATER);

        assertEquals("", edited.content());
        assertEquals(List.of(file), edited.attachments());
    }

    @Test
    void a_deletion_leaves_a_tombstone_in_place_and_twice_is_harmless() {
        Message reacted = message.reacted(BOB, "👍", true, 5);
        Message deleted = reacted.deleted(9, LATER);

        assertEquals("", deleted.content());
        assertEquals(List.of(), deleted.reactions());
        assertEquals(List.of(), deleted.attachments());
        assertEquals(LATER, deleted.deletedAt());
        assertEquals("m1", deleted.id());
        assertEquals(4, deleted.seq());
        assertEquals(9, deleted.version());
        assertSame(deleted, deleted.deleted(10, LATER));
    }

    @Test
    void a_deleted_message_cannot_be_edited_or_reacted_to() {
        Message deleted = message.deleted(9, LATER);

        assertEquals(Refusal.Reason.CONFLICT, assertThrows(Refusal.class, () -> deleted.edited(ANN, "back", 10, LATER)).reason());
        assertEquals(Refusal.Reason.CONFLICT, assertThrows(Refusal.class, () -> deleted.reacted(BOB, "👍", true, 10)).reason());
    }

    @Test
    void the_sender_or_a_moderator_deletes() {
        assertTrue(message.mayBeDeletedBy(ANN, false));
        assertTrue(message.mayBeDeletedBy(BOB, true));
        assertFalse(message.mayBeDeletedBy(BOB, false));
    }

    @Test
    void reactions_count_their_users_in_the_order_of_first_use_and_twice_is_harmless() {
        Message m = message.reacted(BOB, "👍", true, 5).reacted(ANN, "🎉", true, 6).reacted(ANN, "👍", true, 7);

        assertEquals(List.of(new Reaction("👍", List.of(BOB, ANN)), new Reaction("🎉", List.of(ANN))), m.reactions());
        assertEquals(2, m.reactions().get(0).count());
        assertEquals(7, m.version());
        assertSame(m, m.reacted(BOB, "👍", true, 8));
        assertSame(m, m.reacted(BOB, "🎉", false, 8));
    }

    @Test
    void the_last_user_taking_a_reaction_off_removes_it() {
        Message m = message.reacted(BOB, "👍", true, 5).reacted(BOB, "👍", false, 6);

        assertEquals(List.of(), m.reactions());
        assertEquals(6, m.version());
    }

    @Test
    void a_message_holds_at_most_twenty_different_reactions() {
        Message m = message;
        for (int i = 0; i < 20; i++) {
            m = m.reacted(BOB, "e" + i, true, 5 + i);
        }
        Message full = m;

        assertEquals(Refusal.Reason.CONFLICT, assertThrows(Refusal.class, () -> full.reacted(BOB, "one more", true, 30)).reason());
        assertEquals(21, full.reacted(ANN, "e3", true, 30).reactions().stream().mapToInt(Reaction::count).sum());
    }

    @Test
    void a_change_takes_a_number_after_the_last_one() {
        assertThrows(IllegalArgumentException.class, () -> message.edited(ANN, "again", 4, LATER));
    }
}
