package io.parley.application;

import static io.parley.application.fakes.UserBuilder.aUser;

import io.parley.application.account.AuthSettings;
import io.parley.application.attachment.AttachmentLimits;
import io.parley.application.common.ChatLimits;
import io.parley.application.conversation.ConversationService;
import io.parley.application.conversation.InvitePreviewService;
import io.parley.application.conversation.RoomService;
import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryAttachments;
import io.parley.application.fakes.InMemoryBlobs;
import io.parley.application.fakes.InMemoryConversations;
import io.parley.application.fakes.InMemoryRefreshTokens;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.application.fakes.InMemoryWsTickets;
import io.parley.application.fakes.ManualDelayedTasks;
import io.parley.application.fakes.NoMedia;
import io.parley.application.fakes.ReadableTokenIssuer;
import io.parley.application.fakes.RecordingDisconnects;
import io.parley.application.fakes.RecordingNotifier;
import io.parley.application.fakes.ReversibleHasher;
import io.parley.application.fakes.TestClock;
import io.parley.application.messaging.MessageChangeService;
import io.parley.application.messaging.MessagingService;
import io.parley.application.presence.PresenceService;
import io.parley.application.presence.TypingService;
import io.parley.domain.IdGenerator;
import io.parley.domain.user.User;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/** The whole core on in-memory fakes, with a clock that moves only when told. */
public final class ChatFixture {

    public final TestClock clock = new TestClock();
    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemoryAttachments attachments = new InMemoryAttachments();
    public final InMemoryConversations store = new InMemoryConversations(attachments);
    public final RecordingNotifier notifier = new RecordingNotifier();
    public final ManualDelayedTasks later = new ManualDelayedTasks();
    public final InMemoryBlobs blobs = new InMemoryBlobs(false);
    /** The emoji these tests react with; the real list is Unicode's, in the web adapter. */
    public static final List<String> EMOJI = List.of("👍", "🎉", "❤️", "😀");
    public final ChatLimits limits = new ChatLimits(5, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(5), 20);

    public final AuthSettings authSettings = AuthSettings.defaults();

    private final Core core = Core.builder()
            .people(users, users)
            .accounts(users, users, new InMemoryRefreshTokens(), new InMemoryWsTickets(), new ReversibleHasher(), new ReadableTokenIssuer(),
                    new RecordingDisconnects())
            .conversations(store, store, store, store, notifier)
            .messages(store, store, store, EMOJI::contains)
            .files(attachments, blobs, new NoMedia(), new NoMedia())
            .health(() -> true)
            .runtime(new DirectTransactionRunner(), later, clock, new IdGenerator(clock, new Random(42)))
            .settings(authSettings, limits, AttachmentLimits.defaults())
            .build();

    public final RoomService rooms = core.rooms();
    public final InvitePreviewService invitePreviews = core.invitePreviews();
    public final ConversationService conversations = core.conversations();
    public final MessageChangeService changes = core.messageChanges();
    public final MessagingService messaging = core.messaging();
    public final TypingService typing = core.typing();
    public final PresenceService presence = core.presence();

    public User person(String name) {
        User user = aUser().named(name).build();
        users.create(user, "hash");
        return user;
    }
}
