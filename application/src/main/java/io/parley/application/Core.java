package io.parley.application;

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
import io.parley.application.common.Reachability;
import io.parley.application.common.port.RunInTransactionPort;
import io.parley.application.conversation.ConversationAccess;
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
import java.time.Clock;
import java.util.Objects;

/**
 * Every service of the core, built from its ports in this one place: bootstrap's factory, the web
 * tests on fakes and the application fixtures all use it, so a new constructor parameter is one edit.
 */
public final class Core {

    private final AccountService accounts;
    private final WsTicketService wsTickets;
    private final UserDirectoryService directory;
    private final ConversationService conversations;
    private final RoomService rooms;
    private final InvitePreviewService invitePreviews;
    private final MessagingService messaging;
    private final MessageChangeService messageChanges;
    private final TypingService typing;
    private final PresenceService presence;
    private final AttachmentService attachments;
    private final AvatarService avatars;
    private final HealthService health;
    private final EndedSessions endedSessions;

    private Core(Builder b) {
        ConversationAccess access = new ConversationAccess(b.loadConversation, b.memberships);
        Reachability storage = new Reachability(b.blobs::reachable, b.clock);
        endedSessions = new EndedSessions(b.refreshTokens, b.disconnect, b.authSettings, b.clock);
        accounts = new AccountService(b.loadUser, b.credentials, b.saveCredentials, b.saveUser, b.refreshTokens, b.hasher, b.tokenIssuer,
                endedSessions, b.tx, b.authSettings, b.clock, b.ids);
        wsTickets = new WsTicketService(b.wsTickets, endedSessions, b.tx, b.authSettings, b.clock);
        directory = new UserDirectoryService(b.loadUser, b.saveUser, b.tx);
        conversations = new ConversationService(b.loadConversation, b.saveConversation, b.memberships, b.latestMessages, b.loadUser,
                b.notify, access, b.tx, b.clock, b.ids);
        rooms = new RoomService(b.loadConversation, b.saveConversation, b.memberships, b.latestMessages, b.loadUser, b.notify, b.tx,
                b.clock, b.ids);
        invitePreviews = new InvitePreviewService(b.loadConversation, b.authSettings, b.clock);
        messaging = new MessagingService(b.memberships, b.appendMessage, b.loadMessages, b.attachments, access, b.notify, b.tx,
                b.chatLimits, b.clock, b.ids);
        messageChanges = new MessageChangeService(b.changeMessages, b.loadMessages, b.appendMessage, b.memberships, b.loadConversation, b.blobs, b.emoji,
                b.notify, b.tx, b.chatLimits, b.clock);
        typing = new TypingService(access, b.notify, b.chatLimits, b.clock);
        presence = new PresenceService(b.memberships, b.saveUser, b.notify, b.later, b.chatLimits, b.clock);
        attachments = new AttachmentService(b.attachments, b.blobs, storage, b.inspector, b.renderer, access, b.attachmentLimits, b.clock,
                b.ids);
        avatars = new AvatarService(b.loadUser, b.saveUser, b.blobs, b.inspector, b.renderer, b.attachmentLimits, b.ids);
        health = new HealthService(new Reachability(b.probeDatabase::reachable, b.clock), storage);
    }

    public static Builder builder() {
        return new Builder();
    }

    public AccountService accounts() {
        return accounts;
    }

    public WsTicketService wsTickets() {
        return wsTickets;
    }

    public UserDirectoryService directory() {
        return directory;
    }

    public ConversationService conversations() {
        return conversations;
    }

    public RoomService rooms() {
        return rooms;
    }

    public InvitePreviewService invitePreviews() {
        return invitePreviews;
    }

    public MessagingService messaging() {
        return messaging;
    }

    public MessageChangeService messageChanges() {
        return messageChanges;
    }

    public TypingService typing() {
        return typing;
    }

    public PresenceService presence() {
        return presence;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public AvatarService avatars() {
        return avatars;
    }

    public HealthService health() {
        return health;
    }

    public EndedSessions endedSessions() {
        return endedSessions;
    }

    /** Takes the ports feature by feature; {@link #build()} refuses to start with one missing. */
    public static final class Builder {

        private LoadUserPort loadUser;
        private SaveUserPort saveUser;
        private LoadCredentialsPort credentials;
        private SaveCredentialsPort saveCredentials;
        private DisconnectSessionPort disconnect;
        private StoreRefreshTokenPort refreshTokens;
        private StoreWsTicketPort wsTickets;
        private HashPasswordPort hasher;
        private IssueAccessTokenPort tokenIssuer;
        private LoadConversationPort loadConversation;
        private SaveConversationPort saveConversation;
        private StoreMembershipPort memberships;
        private LoadLatestMessagesPort latestMessages;
        private NotifyMembersPort notify;
        private AppendMessagePort appendMessage;
        private LoadMessagesPort loadMessages;
        private ChangeMessagePort changeMessages;
        private RecogniseEmojiPort emoji;
        private StoreAttachmentPort attachments;
        private StoreBlobPort blobs;
        private InspectFilePort inspector;
        private RenderImagePort renderer;
        private ProbeDatabasePort probeDatabase;
        private ScheduleTaskPort later;
        private RunInTransactionPort tx;
        private AuthSettings authSettings;
        private ChatLimits chatLimits;
        private AttachmentLimits attachmentLimits;
        private Clock clock;
        private IdGenerator ids;

        private Builder() {
        }

        public Builder people(LoadUserPort load, SaveUserPort save) {
            this.loadUser = Objects.requireNonNull(load, "load");
            this.saveUser = Objects.requireNonNull(save, "save");
            return this;
        }

        public Builder accounts(LoadCredentialsPort credentials, SaveCredentialsPort saveCredentials, StoreRefreshTokenPort refreshTokens,
                                StoreWsTicketPort wsTickets, HashPasswordPort hasher, IssueAccessTokenPort tokenIssuer,
                                DisconnectSessionPort disconnect) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            this.saveCredentials = Objects.requireNonNull(saveCredentials, "saveCredentials");
            this.disconnect = Objects.requireNonNull(disconnect, "disconnect");
            this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
            this.wsTickets = Objects.requireNonNull(wsTickets, "wsTickets");
            this.hasher = Objects.requireNonNull(hasher, "hasher");
            this.tokenIssuer = Objects.requireNonNull(tokenIssuer, "tokenIssuer");
            return this;
        }

        public Builder conversations(LoadConversationPort load, SaveConversationPort save, StoreMembershipPort memberships,
                                     LoadLatestMessagesPort latestMessages, NotifyMembersPort notify) {
            this.loadConversation = Objects.requireNonNull(load, "load");
            this.saveConversation = Objects.requireNonNull(save, "save");
            this.memberships = Objects.requireNonNull(memberships, "memberships");
            this.latestMessages = Objects.requireNonNull(latestMessages, "latestMessages");
            this.notify = Objects.requireNonNull(notify, "notify");
            return this;
        }

        public Builder messages(AppendMessagePort append, LoadMessagesPort load, ChangeMessagePort change, RecogniseEmojiPort emoji) {
            this.appendMessage = Objects.requireNonNull(append, "append");
            this.loadMessages = Objects.requireNonNull(load, "load");
            this.changeMessages = Objects.requireNonNull(change, "change");
            this.emoji = Objects.requireNonNull(emoji, "emoji");
            return this;
        }

        public Builder files(StoreAttachmentPort attachments, StoreBlobPort blobs, InspectFilePort inspector, RenderImagePort renderer) {
            this.attachments = Objects.requireNonNull(attachments, "attachments");
            this.blobs = Objects.requireNonNull(blobs, "blobs");
            this.inspector = Objects.requireNonNull(inspector, "inspector");
            this.renderer = Objects.requireNonNull(renderer, "renderer");
            return this;
        }

        /** Storage is probed through the store given to {@link #files}. */
        public Builder health(ProbeDatabasePort database) {
            this.probeDatabase = Objects.requireNonNull(database, "database");
            return this;
        }

        public Builder runtime(RunInTransactionPort tx, ScheduleTaskPort later, Clock clock, IdGenerator ids) {
            this.tx = Objects.requireNonNull(tx, "tx");
            this.later = Objects.requireNonNull(later, "later");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        public Builder settings(AuthSettings auth, ChatLimits chat, AttachmentLimits attachment) {
            this.authSettings = Objects.requireNonNull(auth, "auth");
            this.chatLimits = Objects.requireNonNull(chat, "chat");
            this.attachmentLimits = Objects.requireNonNull(attachment, "attachment");
            return this;
        }

        public Core build() {
            given(loadUser, "people");
            given(credentials, "accounts");
            given(loadConversation, "conversations");
            given(appendMessage, "messages");
            given(attachments, "files");
            given(probeDatabase, "health");
            given(tx, "runtime");
            given(authSettings, "settings");
            return new Core(this);
        }

        private static void given(Object part, String setter) {
            if (part == null) {
                throw new IllegalStateException("Core.Builder." + setter + "(…) was not called");
            }
        }
    }
}
