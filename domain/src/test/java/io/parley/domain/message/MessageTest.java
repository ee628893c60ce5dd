package io.parley.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTest {

    @ParameterizedTest
    @ValueSource(strings = {"hi", "inner  spaces", "line\nbreak\tand tab", "😀 Ωμέγα 李", "<script>alert(1)</script>", "'; DROP TABLE messages; --"})
    void content_is_kept_exactly_as_sent(String content) {
        assertEquals(content, Message.validContent(content));
    }

    @Test
    void what_is_stored_is_what_was_checked_without_the_blank_space_around_it() {
        assertEquals("spaced", Message.validContent("  spaced \n\t"));
        String padded = "x".repeat(4000) + " ".repeat(56_001);
        assertEquals(4000, Message.validContent(padded).length());
    }

    @Test
    void content_length_counts_characters_after_trimming() {
        assertEquals("😀".repeat(4000), Message.validContent("😀".repeat(4000)));
        assertEquals("x".repeat(4000), Message.validContent("  " + "x".repeat(4000) + "  "));
        assertEquals("content", assertThrows(Refusal.class, () -> Message.validContent("x".repeat(4001))).field().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "bell\u0007", "carriage\rreturn", "nul\u0000"})
    void empty_or_control_character_content_is_refused(String content) {
        assertEquals(Refusal.Reason.VALIDATION_FAILED, assertThrows(Refusal.class, () -> Message.validContent(content)).reason());
    }

    @Test
    void client_message_ids_are_optional_and_plain() {
        assertNull(Message.validClientMessageId(null));
        assertNull(Message.validClientMessageId(""));
        assertEquals("c-1", Message.validClientMessageId("c-1"));
        assertThrows(Refusal.class, () -> Message.validClientMessageId("has space"));
        assertThrows(Refusal.class, () -> Message.validClientMessageId("x".repeat(65)));
    }

    @Test
    void a_sequence_number_from_a_client_is_required_and_never_negative() {
        assertEquals(0, Message.validSeq("seq", 0L));
        assertEquals(42, Message.validSeq("after", 42L));
        Refusal missing = assertThrows(Refusal.class, () -> Message.validSeq("seq", null));
        assertEquals(Refusal.Reason.VALIDATION_FAILED, missing.reason());
        assertEquals("seq", missing.field().orElseThrow());
        Refusal negative = assertThrows(Refusal.class, () -> Message.validSeq("cursor", -1L));
        assertEquals("cursor", negative.field().orElseThrow());
    }
}
