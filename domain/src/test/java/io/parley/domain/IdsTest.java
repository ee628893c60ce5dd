package io.parley.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.domain.attachment.AttachmentId;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ü", "a b", "a/b", "a%b", "", " ", "0193c1e4-😀", "1;DROP", "é"})
    void an_id_that_is_not_of_parleys_shape_names_nothing(String id) {
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> new UserId(id)).reason());
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> new ConversationId(id)).reason());
        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> new AttachmentId(id)).reason());
    }

    @Test
    void every_id_parley_makes_has_the_shape_and_so_does_one_of_64_characters() {
        String made = new IdGenerator(Clock.systemUTC(), new SecureRandom()).next();
        assertEquals(made, new UserId(made).value());
        assertEquals("x".repeat(64), new ConversationId("x".repeat(64)).value());
        assertThrows(Refusal.class, () -> new ConversationId("x".repeat(65)));
    }
}
