package io.parley.domain.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final Presence presence = new Presence();
    private final UserId ann = new UserId("ann");

    @Test
    void the_first_connection_brings_a_user_online_and_later_ones_do_not() {
        assertFalse(presence.isOnline(ann));
        assertTrue(presence.connect(ann));
        assertFalse(presence.connect(ann));
        assertTrue(presence.isOnline(ann));
    }

    @Test
    void only_the_last_disconnection_starts_the_grace_and_its_expiry_makes_the_user_offline() {
        presence.connect(ann);
        presence.connect(ann);

        assertEquals(Optional.empty(), presence.disconnect(ann));
        long token = presence.disconnect(ann).orElseThrow();

        assertTrue(presence.isOnline(ann), "still online during the grace");
        assertTrue(presence.expire(ann, token));
        assertFalse(presence.isOnline(ann));
    }

    @Test
    void a_reconnection_within_the_grace_voids_the_expiry_and_sends_no_online_again() {
        presence.connect(ann);
        long token = presence.disconnect(ann).orElseThrow();

        assertFalse(presence.connect(ann), "a reload is not a new arrival");
        assertFalse(presence.expire(ann, token));
        assertTrue(presence.isOnline(ann));
    }

    @Test
    void an_old_token_cannot_end_a_newer_grace() {
        presence.connect(ann);
        long first = presence.disconnect(ann).orElseThrow();
        presence.connect(ann);
        long second = presence.disconnect(ann).orElseThrow();

        assertFalse(presence.expire(ann, first));
        assertTrue(presence.expire(ann, second));
    }

    @Test
    void a_disconnection_never_counted_changes_nothing() {
        assertEquals(Optional.empty(), presence.disconnect(ann));
        assertFalse(presence.isOnline(ann));
    }
}
