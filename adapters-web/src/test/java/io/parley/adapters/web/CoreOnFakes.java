package io.parley.adapters.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.parley.adapters.web.security.JwtSecret;
import io.parley.application.fakes.DirectTransactionRunner;
import io.parley.application.fakes.InMemoryAttachments;
import io.parley.application.fakes.InMemoryBlobs;
import io.parley.application.fakes.InMemoryConversations;
import io.parley.application.fakes.InMemoryRefreshTokens;
import io.parley.application.fakes.InMemoryUsers;
import io.parley.application.fakes.InMemoryWsTickets;
import io.parley.application.port.out.DelayedTasks;
import io.parley.application.port.out.InspectFilePort;
import io.parley.application.port.out.NotifyMembersPort;
import io.parley.application.port.out.PasswordHasher;
import io.parley.application.port.out.TokenIssuer;
import io.parley.application.service.AccountService;
import io.parley.application.service.AvatarService;
import io.parley.application.service.ConversationService;
import io.parley.application.service.MessagingService;
import io.parley.application.service.PresenceService;
import io.parley.application.service.RoomService;
import io.parley.application.service.TypingService;
import io.parley.application.service.UserDirectoryService;
import io.parley.application.service.WsTicketService;
import io.parley.application.settings.AttachmentLimits;
import io.parley.application.settings.AuthSettings;
import io.parley.application.settings.ChatLimits;
import io.parley.domain.IdGenerator;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * The real services on in-memory fakes, so the web adapter is tested over real HTTP with its
 * real security (bcrypt, JWT) and nothing else. The full stack is tested in bootstrap.
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
    InMemoryUsers users() {
        return new InMemoryUsers();
    }

    @Singleton
    AuthSettings authSettings(@Value("${test.attempts-per-address:1000}") int attemptsPerAddress) {
        return new AuthSettings(Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofSeconds(60),
                5, Duration.ofMinutes(15), attemptsPerAddress, Duration.ofMinutes(10));
    }

    @Singleton
    AccountService accounts(InMemoryUsers users, PasswordHasher hasher, TokenIssuer tokens, AuthSettings settings) {
        Clock clock = Clock.systemUTC();
        return new AccountService(users, users, users, new InMemoryRefreshTokens(), hasher, tokens,
                new DirectTransactionRunner(), settings, clock, new IdGenerator(clock, new SecureRandom()));
    }

    @Singleton
    WsTicketService wsTickets(AuthSettings settings) {
        return new WsTicketService(new InMemoryWsTickets(), new DirectTransactionRunner(), settings, Clock.systemUTC());
    }

    @Singleton
    UserDirectoryService directory(InMemoryUsers users) {
        return new UserDirectoryService(users, users, new DirectTransactionRunner());
    }

    @Singleton
    InMemoryConversations conversationStore() {
        return new InMemoryConversations();
    }

    @Singleton
    ChatLimits chatLimits(@Value("${test.messages-per-window:1000}") int messagesPerWindow) {
        return new ChatLimits(messagesPerWindow, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofMillis(200));
    }

    @Singleton
    InMemoryAttachments attachments() {
        return new InMemoryAttachments();
    }

    @Singleton
    RoomService rooms(InMemoryConversations store, InMemoryAttachments attachments, InMemoryUsers users, NotifyMembersPort notify) {
        return new RoomService(store, store, store, store, attachments, users, notify, new DirectTransactionRunner(), CLOCK, ids());
    }

    @Singleton
    ConversationService conversations(InMemoryConversations store, InMemoryAttachments attachments, InMemoryUsers users,
                                      NotifyMembersPort notify) {
        return new ConversationService(store, store, store, store, attachments, users, notify, new DirectTransactionRunner(), CLOCK, ids());
    }

    @Singleton
    MessagingService messaging(InMemoryConversations store, InMemoryAttachments attachments, NotifyMembersPort notify, ChatLimits limits) {
        return new MessagingService(store, store, store, store, attachments, notify, new DirectTransactionRunner(), limits, CLOCK, ids());
    }

    @Singleton
    TypingService typing(InMemoryConversations store, NotifyMembersPort notify, ChatLimits limits) {
        return new TypingService(store, notify, limits, CLOCK);
    }

    @Singleton
    PresenceService presence(InMemoryConversations store, InMemoryUsers users, NotifyMembersPort notify, DelayedTasks later,
                             ChatLimits limits) {
        return new PresenceService(store, users, notify, later, limits, CLOCK);
    }

    /** Avatars go through the real image pipeline, tested over the whole server; here the controller only needs its bean. */
    @Singleton
    AvatarService avatars(InMemoryUsers users) {
        InspectFilePort noInspection = new InspectFilePort() {
            @Override
            public String detectType(java.nio.file.Path file) {
                throw new UnsupportedOperationException("avatars are tested in bootstrap");
            }

            @Override
            public java.util.Optional<Dimensions> dimensions(java.nio.file.Path file) {
                throw new UnsupportedOperationException("avatars are tested in bootstrap");
            }
        };
        return new AvatarService(users, users, new InMemoryBlobs(false), noInspection, (image, side, square, format) -> {
            throw new UnsupportedOperationException("avatars are tested in bootstrap");
        }, AttachmentLimits.defaults(), ids());
    }

    private static IdGenerator ids() {
        return new IdGenerator(CLOCK, new SecureRandom());
    }
}
