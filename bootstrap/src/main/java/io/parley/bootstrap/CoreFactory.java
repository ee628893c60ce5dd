package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.port.out.AppendMessagePort;
import io.parley.application.port.out.AttachmentStore;
import io.parley.application.port.out.DelayedTasks;
import io.parley.application.port.out.InspectFilePort;
import io.parley.application.port.out.LoadConversationPort;
import io.parley.application.port.out.LoadCredentialsPort;
import io.parley.application.port.out.LoadMessagesPort;
import io.parley.application.port.out.MembershipPort;
import io.parley.application.port.out.NotifyMembersPort;
import io.parley.application.port.out.SaveConversationPort;
import io.parley.application.port.out.LoadUserPort;
import io.parley.application.port.out.PasswordHasher;
import io.parley.application.port.out.RenderImagePort;
import io.parley.application.port.out.RefreshTokenStore;
import io.parley.application.port.out.SaveUserPort;
import io.parley.application.port.out.StoreBlobPort;
import io.parley.application.port.out.TokenIssuer;
import io.parley.application.port.out.TransactionRunner;
import io.parley.application.port.out.WsTicketStore;
import io.parley.application.service.AccountService;
import io.parley.application.service.AttachmentService;
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

/** The core, built by hand from its ports: the application module knows nothing of Micronaut. */
@Factory
final class CoreFactory {

    /** Ticks in milliseconds, the precision the database keeps, so an ack and a later read carry the same time. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Singleton
    IdGenerator ids(Clock clock) {
        return new IdGenerator(clock, new SecureRandom());
    }

    @Singleton
    AuthSettings authSettings(AuthProperties properties) {
        return properties.toSettings();
    }

    @Singleton
    ChatLimits chatLimits(ChatProperties properties) {
        return properties.toLimits();
    }

    @Singleton
    AccountService accounts(LoadUserPort users, LoadCredentialsPort credentials, SaveUserPort saveUser,
                            RefreshTokenStore refreshTokens, PasswordHasher hasher, TokenIssuer tokens,
                            TransactionRunner tx, AuthSettings settings, Clock clock, IdGenerator ids) {
        return new AccountService(users, credentials, saveUser, refreshTokens, hasher, tokens, tx, settings, clock, ids);
    }

    @Singleton
    WsTicketService wsTickets(WsTicketStore tickets, TransactionRunner tx, AuthSettings settings, Clock clock) {
        return new WsTicketService(tickets, tx, settings, clock);
    }

    @Singleton
    UserDirectoryService directory(LoadUserPort users, SaveUserPort saveUser, TransactionRunner tx) {
        return new UserDirectoryService(users, saveUser, tx);
    }

    @Singleton
    RoomService rooms(LoadConversationPort conversations, SaveConversationPort saveConversation, MembershipPort memberships,
                      LoadMessagesPort messages, AttachmentStore attachments, LoadUserPort users, NotifyMembersPort notify,
                      TransactionRunner tx, Clock clock, IdGenerator ids) {
        return new RoomService(conversations, saveConversation, memberships, messages, attachments, users, notify, tx, clock, ids);
    }

    @Singleton
    ConversationService conversations(LoadConversationPort conversations, SaveConversationPort saveConversation,
                                      MembershipPort memberships, LoadMessagesPort messages, AttachmentStore attachments,
                                      LoadUserPort users, NotifyMembersPort notify, TransactionRunner tx, Clock clock, IdGenerator ids) {
        return new ConversationService(conversations, saveConversation, memberships, messages, attachments, users, notify, tx, clock, ids);
    }

    @Singleton
    MessagingService messaging(LoadConversationPort conversations, MembershipPort memberships, AppendMessagePort append,
                               LoadMessagesPort messages, AttachmentStore attachments, NotifyMembersPort notify,
                               TransactionRunner tx, ChatLimits limits, Clock clock, IdGenerator ids) {
        return new MessagingService(conversations, memberships, append, messages, attachments, notify, tx, limits, clock, ids);
    }

    @Singleton
    TypingService typing(MembershipPort memberships, NotifyMembersPort notify, ChatLimits limits, Clock clock) {
        return new TypingService(memberships, notify, limits, clock);
    }

    @Singleton
    PresenceService presence(MembershipPort memberships, SaveUserPort saveUser, NotifyMembersPort notify,
                             DelayedTasks later, ChatLimits limits, Clock clock) {
        return new PresenceService(memberships, saveUser, notify, later, limits, clock);
    }

    @Singleton
    AttachmentLimits attachmentLimits(AttachmentProperties properties) {
        return properties.toLimits();
    }

    @Singleton
    AttachmentService attachments(AttachmentStore attachments, StoreBlobPort blobs, InspectFilePort inspector,
                                  RenderImagePort renderer, MembershipPort memberships, AttachmentLimits limits,
                                  Clock clock, IdGenerator ids) {
        return new AttachmentService(attachments, blobs, inspector, renderer, memberships, limits, clock, ids);
    }

    @Singleton
    AvatarService avatars(LoadUserPort users, SaveUserPort saveUser, StoreBlobPort blobs, InspectFilePort inspector,
                          RenderImagePort renderer, AttachmentLimits limits, IdGenerator ids) {
        return new AvatarService(users, saveUser, blobs, inspector, renderer, limits, ids);
    }
}
