package io.parley.adapters.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.parley.adapters.web.security.JwtSecret;
import io.parley.application.Core;
import io.parley.application.account.AccountService;
import io.parley.application.account.AuthSettings;
import io.parley.application.account.EndedSessions;
import io.parley.application.account.WsTicketService;
import io.parley.application.account.port.DisconnectSessionPort;
import io.parley.application.account.port.HashPasswordPort;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.application.attachment.AttachmentLimits;
import io.parley.application.attachment.AttachmentService;
import io.parley.application.attachment.AvatarService;
import io.parley.application.common.ChatLimits;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.ConversationService;
import io.parley.application.conversation.InvitePreviewService;
import io.parley.application.conversation.RoomService;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.application.directory.UserDirectoryService;
import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryAttachments;
import io.parley.application.fakes.InMemoryBlobs;
import io.parley.application.fakes.InMemoryConversations;
import io.parley.application.fakes.InMemoryRefreshTokens;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.application.fakes.InMemoryWsTickets;
import io.parley.application.fakes.NoMedia;
import io.parley.application.health.HealthService;
import io.parley.application.messaging.MessageChangeService;
import io.parley.application.messaging.MessagingService;
import io.parley.application.messaging.port.RecogniseEmojiPort;
import io.parley.application.presence.PresenceService;
import io.parley.application.presence.TypingService;
import io.parley.application.presence.port.ScheduleTaskPort;
import io.parley.domain.IdGenerator;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The real core on in-memory fakes, so the web adapter is tested over real HTTP with its real
 * security (bcrypt, JWT) and its real sockets, and nothing else. The full stack is tested in bootstrap.
 */
@Factory
public class CoreOnFakes {

    private static final Clock CLOCK = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));

    public static final JwtSecret SECRET = new JwtSecret("web-tests-secret-0123456789abcdef0123456789");

    @Singleton
    JwtSecret jwtSecret() {
        return SECRET;
    }

    @Singleton
    AuthSettings authSettings(@Value("${test.attempts-per-address:1000}") int attemptsPerAddress) {
        return new AuthSettings(Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofSeconds(60),
                5, Duration.ofMinutes(15), attemptsPerAddress, Duration.ofMinutes(10));
    }

    @Singleton
    ChatLimits chatLimits(@Value("${test.messages-per-window:1000}") int messagesPerWindow) {
        return new ChatLimits(messagesPerWindow, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMillis(200), 20);
    }

    /** A bean, so that a test can stand in a database that goes away. */
    @Singleton
    RunInTransactionPort transactions() {
        return new DirectTransactionRunner();
    }

    @Singleton
    Core core(HashPasswordPort hasher, IssueAccessTokenPort tokens, DisconnectSessionPort sockets, NotifyMembersPort notify,
              ScheduleTaskPort later, RunInTransactionPort tx, AuthSettings authSettings, ChatLimits chatLimits, RecogniseEmojiPort emoji) {
        InMemoryUsers users = new InMemoryUsers();
        InMemoryAttachments attachments = new InMemoryAttachments();
        InMemoryConversations store = new InMemoryConversations(attachments);
        return Core.builder()
                .people(users, users)
                .accounts(users, users, new InMemoryRefreshTokens(), new InMemoryWsTickets(), hasher, tokens, sockets)
                .conversations(store, store, store, store, notify)
                .messages(store, store, store, emoji)
                .files(attachments, new InMemoryBlobs(false), new NoMedia(), new NoMedia())
                .health(() -> true)
                .runtime(tx, later, CLOCK, new IdGenerator(CLOCK, new SecureRandom()))
                .settings(authSettings, chatLimits, AttachmentLimits.defaults())
                .build();
    }

    @Singleton
    MessageChangeService messageChanges(Core core) {
        return core.messageChanges();
    }

    @Singleton
    AccountService accounts(Core core) {
        return core.accounts();
    }

    @Singleton
    EndedSessions endedSessions(Core core) {
        return core.endedSessions();
    }

    @Singleton
    WsTicketService wsTickets(Core core) {
        return core.wsTickets();
    }

    @Singleton
    UserDirectoryService directory(Core core) {
        return core.directory();
    }

    @Singleton
    RoomService rooms(Core core) {
        return core.rooms();
    }

    @Singleton
    InvitePreviewService invitePreviews(Core core) {
        return core.invitePreviews();
    }

    @Singleton
    ConversationService conversations(Core core) {
        return core.conversations();
    }

    @Singleton
    MessagingService messaging(Core core) {
        return core.messaging();
    }

    @Singleton
    TypingService typing(Core core) {
        return core.typing();
    }

    @Singleton
    PresenceService presence(Core core) {
        return core.presence();
    }

    @Singleton
    AttachmentService attachments(Core core) {
        return core.attachments();
    }

    @Singleton
    AvatarService avatars(Core core) {
        return core.avatars();
    }

    @Singleton
    HealthService health(Core core) {
        return core.health();
    }
}
