package io.parley.adapters.persistence.conversation;

import static io.parley.application.fakes.UserBuilder.aUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.SaveConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.InviteCode;
import io.parley.domain.conversation.Membership;
import io.parley.domain.user.User;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JdbcConversationStoreTest {

    @Inject
    SaveUserPort saveUser;
    @Inject
    LoadConversationPort conversations;
    @Inject
    SaveConversationPort saveConversation;
    @Inject
    StoreMembershipPort memberships;
    @Inject
    RunInTransactionPort tx;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private User ann;
    private User bob;

    @BeforeEach
    void people() {
        ann = aUser().named("Ann").build();
        bob = aUser().named("Bob").build();
        saveUser.create(ann, "hash");
        saveUser.create(bob, "hash");
    }

    private static ConversationId newId() {
        return new ConversationId(UUID.randomUUID().toString());
    }

    private Conversation room(String name, boolean isPrivate) {
        Conversation room = Conversation.room(newId(), name, "about", isPrivate, InviteCode.generate(new SecureRandom()), ann.id(), now);
        assertTrue(tx.inTransaction(() -> saveConversation.create(room, List.of(Membership.owner(room.id(), ann.id(), now)))));
        return room;
    }

    @Test
    void a_room_reads_back_as_stored() {
        Conversation room = room("Lobby ✨", true);

        ConversationState state = conversations.byId(room.id()).orElseThrow();

        assertEquals(room, state.conversation());
        assertEquals(0, state.lastSeq());
        assertEquals(1, state.memberCount());
        assertEquals(now, state.lastActivityAt());
    }

    @Test
    void a_pair_gets_one_direct_conversation_even_when_both_create_it() {
        Conversation first = Conversation.direct(newId(), ann.id(), bob.id(), now);
        Conversation second = Conversation.direct(newId(), bob.id(), ann.id(), now);

        assertTrue(tx.inTransaction(() -> saveConversation.create(first, List.of(Membership.owner(first.id(), ann.id(), now)))));
        assertFalse(tx.inTransaction(() -> saveConversation.create(second, List.of(Membership.owner(second.id(), bob.id(), now)))));

        assertEquals(first.id(), conversations.directByPairKey(Conversation.pairKey(bob.id(), ann.id())).orElseThrow().conversation().id());
        assertTrue(conversations.byId(second.id()).isEmpty(), "the losing conversation left nothing behind");
    }

    @Test
    void joining_twice_counts_once() {
        Conversation room = room("Lobby", false);

        assertTrue(memberships.add(Membership.member(room.id(), bob.id(), now)));
        assertFalse(memberships.add(Membership.member(room.id(), bob.id(), now)));

        assertEquals(2, conversations.byId(room.id()).orElseThrow().memberCount());
        assertEquals(Map.of(room.id(), List.of(ann.id(), bob.id())), memberships.membersOf(List.of(room.id()), 10));
        assertEquals(Map.of(room.id(), List.of(ann.id())), memberships.membersOf(List.of(room.id()), 1));
        assertEquals(List.of(bob.id()), memberships.contactsOf(ann.id()));
    }

    @Test
    void many_people_joining_a_room_at_once_all_get_in_and_are_all_counted() throws Exception {
        Conversation room = room("Launch party", false);
        List<User> guests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            User guest = aUser().named("Guest " + i).build();
            saveUser.create(guest, "hash");
            guests.add(guest);
        }
        ExecutorService pool = Executors.newFixedThreadPool(guests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> joins = new ArrayList<>();
            for (User guest : guests) {
                joins.add(pool.submit(() -> {
                    start.await();
                    return tx.inTransaction(() -> memberships.add(Membership.member(room.id(), guest.id(), now)));
                }));
            }
            start.countDown();
            for (Future<Boolean> join : joins) {
                assertTrue(join.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(31, conversations.byId(room.id()).orElseThrow().memberCount());
        assertEquals(31, memberships.membersOf(List.of(room.id()), 100).get(room.id()).size());
    }

    @Test
    void public_rooms_are_found_by_name_and_private_ones_never() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Conversation open = room("Open " + tag, false);
        room("Closed " + tag, true);

        assertEquals(List.of(open.id()), conversations.publicRooms(tag, 10).stream().map(s -> s.conversation().id()).toList());
        assertEquals(List.of(), conversations.publicRooms("%" + tag, 10));
    }

    @Test
    void read_markers_only_move_forward() {
        Conversation room = room("Lobby", false);

        assertTrue(memberships.markRead(room.id(), ann.id(), 5));
        assertTrue(memberships.markRead(room.id(), ann.id(), 3), "a member, even when the marker stays");

        assertEquals(5, memberships.membership(room.id(), ann.id()).orElseThrow().lastReadSeq());
    }

    @Test
    void moving_the_read_marker_of_someone_who_is_not_a_member_says_so() {
        Conversation room = room("Lobby", false);

        assertFalse(memberships.markRead(room.id(), bob.id(), 1));
    }
}
