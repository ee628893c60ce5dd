package io.parley.application.conversation;

import io.parley.application.conversation.port.ConversationState;
import io.parley.application.conversation.port.LoadLatestMessagesPort;
import io.parley.application.conversation.port.StoreMembershipPort;
import io.parley.application.directory.port.LoadUserPort;
import io.parley.domain.conversation.Conversation;
import io.parley.domain.conversation.ConversationId;
import io.parley.domain.conversation.ConversationKind;
import io.parley.domain.conversation.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds what a viewer sees of several conversations with a fixed number of queries, however many there are. */
final class ConversationSummaries {

    /** Rooms can be big; a summary names their first members only. */
    static final int MEMBERS_SHOWN = 50;

    private final LoadLatestMessagesPort latestMessages;
    private final StoreMembershipPort memberships;
    private final LoadUserPort users;

    ConversationSummaries(LoadLatestMessagesPort latestMessages, StoreMembershipPort memberships, LoadUserPort users) {
        this.latestMessages = latestMessages;
        this.memberships = memberships;
        this.users = users;
    }

    /** @param viewerMemberships the viewer's membership of each conversation they belong to */
    List<ConversationSummary> of(UserId viewer, List<ConversationState> states, Map<ConversationId, Membership> viewerMemberships) {
        if (states.isEmpty()) {
            return List.of();
        }
        // Members read a conversation's messages and who is in it; anyone else (browsing a public
        // room) sees its name, description and size, as the room list shows them.
        List<ConversationId> ids = states.stream().map(s -> s.conversation().id()).filter(viewerMemberships::containsKey).toList();
        Map<ConversationId, Message> latest = ids.isEmpty() ? Map.of() : latestMessages.latestOf(ids).stream()
                .collect(Collectors.toMap(Message::conversationId, Function.identity()));
        Map<ConversationId, List<UserId>> members = ids.isEmpty() ? Map.of() : memberships.membersOf(ids, MEMBERS_SHOWN);
        Map<ConversationId, Long> unread = ids.isEmpty() ? Map.of() : latestMessages.unreadOf(viewer, ids);
        Set<UserId> everyone = new HashSet<>();
        members.values().forEach(everyone::addAll);
        Map<UserId, User> people = users.byIds(everyone).stream().collect(Collectors.toMap(User::id, Function.identity()));

        List<ConversationSummary> summaries = new ArrayList<>(states.size());
        for (ConversationState state : states) {
            Conversation conversation = state.conversation();
            List<User> shown = members.getOrDefault(conversation.id(), List.of()).stream()
                    .map(people::get).filter(Objects::nonNull).toList();
            Membership membership = viewerMemberships.get(conversation.id());
            summaries.add(new ConversationSummary(conversation, displayName(conversation, viewer, shown), shown, state.memberCount(),
                    latest.get(conversation.id()), unread.getOrDefault(conversation.id(), 0L), state.lastActivityAt(), membership != null));
        }
        return summaries;
    }

    ConversationSummary of(UserId viewer, ConversationState state, Membership viewerMembership) {
        Map<ConversationId, Membership> mine = viewerMembership == null ? Map.of() : Map.of(state.conversation().id(), viewerMembership);
        return of(viewer, List.of(state), mine).get(0);
    }

    private static String displayName(Conversation conversation, UserId viewer, Collection<User> members) {
        if (conversation.kind() != ConversationKind.DIRECT) {
            return conversation.name();
        }
        return members.stream().filter(u -> !u.id().equals(viewer)).map(User::name).findFirst().orElse("");
    }
}
