package io.parley.application.service;

import static io.parley.application.fakes.UserBuilder.aUser;

import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryAttachments;
import io.parley.application.fakes.InMemoryConversations;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.application.fakes.ManualDelayedTasks;
import io.parley.application.fakes.RecordingNotifier;
import io.parley.application.fakes.TestClock;
import io.parley.application.settings.ChatLimits;
import io.parley.domain.IdGenerator;
import io.parley.domain.user.User;
import java.time.Duration;
import java.util.Random;

/** The conversation services on in-memory fakes, with a clock that moves only when told. */
final class ChatFixture {

    final TestClock clock = new TestClock();
    final InMemoryUsers users = new InMemoryUsers();
    final InMemoryConversations store = new InMemoryConversations();
    final RecordingNotifier notifier = new RecordingNotifier();
    final ManualDelayedTasks later = new ManualDelayedTasks();
    final InMemoryAttachments attachments = new InMemoryAttachments();
    final DirectTransactionRunner tx = new DirectTransactionRunner();
    final ChatLimits limits = new ChatLimits(5, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(5));
    final IdGenerator ids = new IdGenerator(clock, new Random(42));

    final RoomService rooms = new RoomService(store, store, store, store, attachments, users, notifier, tx, clock, ids);
    final ConversationService conversations = new ConversationService(store, store, store, store, attachments, users, notifier, tx, clock, ids);
    final MessagingService messaging = new MessagingService(store, store, store, store, attachments, notifier, tx, limits, clock, ids);
    final TypingService typing = new TypingService(store, notifier, limits, clock);
    final PresenceService presence = new PresenceService(store, users, notifier, later, limits, clock);

    User person(String name) {
        User user = aUser().named(name).build();
        users.create(user, "hash");
        return user;
    }
}
