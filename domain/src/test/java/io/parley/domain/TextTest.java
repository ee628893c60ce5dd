package io.parley.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.InviteCode;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** People's and rooms' names follow one rule: what is shown is what it is. */
class TextTest {

    private static Refusal.Reason userName(String name) {
        return assertThrows(Refusal.class, () -> User.validName(name)).reason();
    }

    private static Refusal.Reason roomName(String name) {
        return assertThrows(Refusal.class, () -> Conversation.room(new ConversationId("r"), name, null, false,
                InviteCode.generate(new SecureRandom()), new UserId("u"), Instant.EPOCH)).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin\u202Egnp.exe", "\u2066Ann\u2069", "a\u202Ab", "\u202D"})
    void names_with_bidirectional_overrides_are_refused(String name) {
        assertEquals(Refusal.Reason.VALIDATION_FAILED, userName(name));
        assertEquals(Refusal.Reason.VALIDATION_FAILED, roomName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D", "\uFEFF \u200B", "\u2060"})
    void names_of_zero_width_characters_only_are_refused(String name) {
        assertEquals(Refusal.Reason.VALIDATION_FAILED, userName(name));
        assertEquals(Refusal.Reason.VALIDATION_FAILED, roomName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"👨\u200D👩\u200D👧 family", "שלום", "مرحبا Ann", "Zoë"})
    void names_in_any_script_with_emoji_sequences_are_kept(String name) {
        assertEquals(name, User.validName(name));
    }
}
