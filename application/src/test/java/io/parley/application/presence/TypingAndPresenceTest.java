package io.parley.application.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.application.ChatFixture;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypingAndPresenceTest {

    private final ChatFixture chat = new ChatFixture();
    private final User ann = chat.person("Ann");
    private final User bob = chat.person("Bob");
    private final ConversationId direct = chat.conversations.open(ann.id(), bob.id()).conversation().conversation().id();

    @Test
    void typing_is_relayed_and_repeats_within_the_interval_are_dropped() {
        chat.notifier.clear();

        chat.typing.typing(ann.id(), direct, true);
        chat.typing.typing(ann.id(), direct, true);
        chat.typing.typing(ann.id(), direct, false);
        chat.clock.advance(Duration.ofSeconds(2));
        chat.typing.typing(ann.id(), direct, true);

        assertEquals(List.of(true, false, true), chat.notifier.ofType("typing").stream().map(e -> e.detail()).toList());
    }

    @Test
    void typing_again_right_after_stopping_is_relayed() {
        chat.notifier.clear();

        chat.typing.typing(ann.id(), direct, true);
        chat.typing.typing(ann.id(), direct, false);
        chat.clock.advance(Duration.ofMillis(300));
        chat.typing.typing(ann.id(), direct, true);

        assertEquals(List.of(true, false, true), chat.notifier.ofType("typing").stream().map(e -> e.detail()).toList());
    }

    @Test
    void toggling_typing_on_and_off_reaches_the_room_at_the_budgeted_rate_only() {
        chat.notifier.clear();

        for (int i = 0; i < 500; i++) {
            chat.typing.typing(ann.id(), direct, i % 2 == 0);
        }
        assertEquals(TypingService.BUDGET, chat.notifier.ofType("typing").size());

        chat.clock.advance(TypingService.BUDGET_WINDOW);
        chat.typing.typing(ann.id(), direct, true);
        assertEquals(TypingService.BUDGET + 1, chat.notifier.ofType("typing").size(), "the budget refills");
    }

    @Test
    void outsiders_cannot_type_into_a_conversation() {
        User eve = chat.person("Eve");

        assertEquals(Refusal.Reason.NOT_FOUND, assertThrows(Refusal.class, () -> chat.typing.typing(eve.id(), direct, true)).reason());
    }

    @Test
    void the_first_connection_announces_online_to_contacts_and_the_last_offline_after_the_grace() {
        chat.notifier.clear();
        chat.presence.connected(ann.id());
        chat.presence.connected(ann.id());

        assertEquals(1, chat.notifier.ofType("online").size());
        assertEquals(List.of(bob.id()), chat.notifier.ofType("online").get(0).detail());
        assertEquals(Set.of(ann.id()), chat.presence.onlineAmong(List.of(ann.id(), bob.id())));

        chat.presence.disconnected(ann.id());
        chat.presence.disconnected(ann.id());
        assertEquals(List.of(Duration.ofSeconds(5)), chat.later.delays());
        chat.clock.advance(Duration.ofSeconds(5));
        chat.later.runAll();

        assertEquals(1, chat.notifier.ofType("offline").size());
        assertEquals(Set.of(), chat.presence.onlineAmong(List.of(ann.id())));
        assertNotNull(chat.users.byId(ann.id()).orElseThrow().lastSeenAt());
    }

    @Test
    void a_reload_within_the_grace_is_silent() {
        chat.presence.connected(ann.id());
        chat.notifier.clear();

        chat.presence.disconnected(ann.id());
        chat.presence.connected(ann.id());
        chat.later.runAll();

        assertEquals(List.of(), chat.notifier.events());
    }
}
