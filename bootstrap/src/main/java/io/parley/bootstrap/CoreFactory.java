package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parley.application.Core;
import io.parley.application.account.AccountService;
import io.parley.application.account.AuthSettings;
import io.parley.application.account.EndedSessions;
import io.parley.application.account.WsTicketService;
import io.parley.application.account.port.DisconnectSessionPort;
import io.parley.application.account.port.HashPasswordPort;
import io.parley.application.account.port.IssueAccessTokenPort;
import io.parley.application.account.port.LoadCredentialsPort;
import io.parley.application.account.port.SaveCredentialsPort;
import io.parley.application.account.port.StoreRefreshTokenPort;
import io.parley.application.account.port.StoreWsTicketPort;
import io.parley.application.attachment.AttachmentLimits;
import io.parley.application.attachment.AttachmentService;
import io.parley.application.attachment.AvatarService;
import io.parley.application.attachment.port.InspectFilePort;
import io.parley.application.attachment.port.RenderImagePort;
import io.parley.application.attachment.port.StoreAttachmentPort;
import io.parley.application.attachment.port.StoreBlobPort;
import io.parley.application.common.ChatLimits;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.ConversationService;
import io.parley.application.conversation.InvitePreviewService;
import io.parley.application.conversation.RoomService;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.conversation.port.NotifyMembersPort;
import io.parley.application.conversation.port.SaveConversationPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.directory.UserDirectoryService;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.application.directory.port.SaveUserPort;
import io.parley.application.health.HealthService;
import io.parley.application.health.port.ProbeDatabasePort;
import io.parley.application.messaging.MessageChangeService;
import io.parley.application.messaging.MessagingService;
import io.parley.application.messaging.port.AppendMessagePort;
import io.parley.application.messaging.port.ChangeMessagePort;
import io.parley.application.messaging.port.LoadMessagesPort;
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
 * The core, built from its ports by {@link Core}: the application module knows nothing of Micronaut.
 * Each service is a bean so that the adapters find its use cases.
 */
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
    AttachmentLimits attachmentLimits(AttachmentProperties properties) {
        return properties.toLimits();
    }

    @Singleton
    Core core(LoadUserPort loadUser, SaveUserPort saveUser,
              LoadCredentialsPort credentials, SaveCredentialsPort saveCredentials, StoreRefreshTokenPort refreshTokens,
              StoreWsTicketPort wsTickets, HashPasswordPort hasher, IssueAccessTokenPort tokenIssuer, DisconnectSessionPort sockets,
              LoadConversationPort loadConversation, SaveConversationPort saveConversation, StoreMembershipPort memberships,
              LoadLatestMessagesPort latestMessages, NotifyMembersPort notify,
              AppendMessagePort appendMessage, LoadMessagesPort loadMessages, ChangeMessagePort changeMessages, RecogniseEmojiPort emoji,
              StoreAttachmentPort attachments, StoreBlobPort blobs, InspectFilePort inspector, RenderImagePort renderer,
              ProbeDatabasePort database, RunInTransactionPort tx, ScheduleTaskPort later, Clock clock, IdGenerator ids,
              AuthSettings authSettings, ChatLimits chatLimits, AttachmentLimits attachmentLimits) {
        return Core.builder()
                .people(loadUser, saveUser)
                .accounts(credentials, saveCredentials, refreshTokens, wsTickets, hasher, tokenIssuer, sockets)
                .conversations(loadConversation, saveConversation, memberships, latestMessages, notify)
                .messages(appendMessage, loadMessages, changeMessages, emoji)
                .files(attachments, blobs, inspector, renderer)
                .health(database)
                .runtime(tx, later, clock, ids)
                .settings(authSettings, chatLimits, attachmentLimits)
                .build();
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
    MessageChangeService messageChanges(Core core) {
        return core.messageChanges();
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
