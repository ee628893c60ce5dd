package io.parley.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageTest {

    @ParameterizedTest
    @ValueSource(strings = {"hi", "  spaced  ", "line\nbreak\tand tab", "😀 Ωμέγα 李", "<script>alert(1)</script>", "'; DROP TABLE messages; --"})
    void content_is_kept_exactly_as_sent(String content) {
        assertEquals(content, Message.validContent(content));
    }

    @Test
    void content_length_counts_characters_after_trimming() {
        assertEquals("😀".repeat(4000), Message.validContent("😀".repeat(4000)));
        assertEquals("  " + "x".repeat(4000) + "  ", Message.validContent("  " + "x".repeat(4000) + "  "));
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
}
