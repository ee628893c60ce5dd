package io.parley.application.conversation;

import io.parley.application.account.AuthSettings;
import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadConversationPort;
import io.parley.domain.Refusal;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.ConversationKind;
import io.parley.domain.limit.SlidingWindowLimit;
import java.time.Clock;
import java.time.Instant;

/**
 * Invite previews for anyone, signed in or not. Anonymous and answering yes or no about a secret,
 * it is guarded like the sign-in door: as many wrong guesses per client address as failed logins.
 */
public final class InvitePreviewService implements PreviewInviteQuery {

    private final LoadConversationPort conversations;
    private final SlidingWindowLimit wrongGuessesPerAddress;
    private final Clock clock;

    public InvitePreviewService(LoadConversationPort conversations, AuthSettings settings, Clock clock) {
        this.conversations = conversations;
        this.wrongGuessesPerAddress = new SlidingWindowLimit(settings.attemptsPerAddress(), settings.addressWindow());
        this.clock = clock;
    }

    @Override
    public InvitePreview preview(ConversationId roomId, String inviteCode, String clientAddress) {
        Instant now = clock.instant();
        String address = clientAddress == null ? "unknown" : clientAddress;
        wrongGuessesPerAddress.waitTime(address, now).ifPresent(wait -> {
            throw Refusal.rateLimited(wait);
        });
        ConversationState state = conversations.byId(roomId)
                .filter(s -> opens(s.conversation(), inviteCode))
                .orElse(null);
        if (state == null) {
            wrongGuessesPerAddress.record(address, now);
            throw Refusal.of(Refusal.Reason.NOT_FOUND, "This invite is not valid");
        }
        Conversation room = state.conversation();
        return new InvitePreview(room.id(), room.name(), room.description(), state.memberCount());
    }

    // The code itself must match, even for a public room: a preview is of an invite, not of any room id.
    private static boolean opens(Conversation conversation, String inviteCode) {
        return conversation.kind() == ConversationKind.ROOM && conversation.inviteCode().matches(inviteCode);
    }
}
