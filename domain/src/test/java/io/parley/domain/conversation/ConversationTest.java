package io.parley.domain.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.Refusal;
import io.parley.domain.user.UserId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final UserId ann = new UserId("ann");
    private final UserId bob = new UserId("bob");
    private final InviteCode code = InviteCode.generate(new Random(7));

    @Test
    void a_public_room_admits_anyone_and_a_private_one_only_with_its_code() {
        Conversation open = Conversation.room(new ConversationId("r1"), "Lobby", null, false, code, ann, now);
        Conversation closed = Conversation.room(new ConversationId("r2"), "Staff", "only staff", true, code, ann, now);

        assertTrue(open.admits(null));
        assertFalse(closed.admits(null));
        assertFalse(closed.admits("WRONG"));
        assertTrue(closed.admits(code.value()));
        assertTrue(closed.admits(" " + code.value().toLowerCase() + " "), "codes are read forgivingly");
    }

    @Test
    void groups_and_direct_conversations_admit_nobody_by_joining() {
        assertFalse(Conversation.group(new ConversationId("g"), "Team", ann, now).admits(null));
        assertFalse(Conversation.direct(new ConversationId("d"), ann, bob, now).admits(null));
    }

    @Test
    void a_pair_has_one_key_whoever_opens() {
        assertEquals(Conversation.pairKey(ann, bob), Conversation.pairKey(bob, ann));
        assertEquals(Conversation.direct(new ConversationId("d"), bob, ann, now).directKey(), Conversation.pairKey(ann, bob));
        assertNull(Conversation.direct(new ConversationId("d"), bob, ann, now).name());
    }

    @Test
    void nobody_has_a_direct_conversation_with_themself() {
        assertEquals(Refusal.Reason.VALIDATION_FAILED,
                assertThrows(Refusal.class, () -> Conversation.direct(new ConversationId("d"), ann, ann, now)).reason());
    }

    @Test
    void room_names_are_required_and_bounded() {
        assertEquals("name", assertThrows(Refusal.class,
                () -> Conversation.room(new ConversationId("r"), " ", null, false, code, ann, now)).field().orElseThrow());
        assertEquals("name", assertThrows(Refusal.class,
                () -> Conversation.room(new ConversationId("r"), "x".repeat(101), null, false, code, ann, now)).field().orElseThrow());
    }

    @Test
    void invite_codes_carry_at_least_64_random_bits() {
        // 16 characters of a 32-letter alphabet: 80 bits.
        assertEquals(16, code.value().length());
        assertTrue(Math.pow(32, InviteCode.LENGTH) >= Math.pow(2, 64));
        Set<String> seen = new HashSet<>();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 10_000; i++) {
            seen.add(InviteCode.generate(random).value());
        }
        assertEquals(10_000, seen.size());
    }
}
