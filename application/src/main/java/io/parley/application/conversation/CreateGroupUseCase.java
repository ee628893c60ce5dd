package io.parley.application.conversation;

import io.parley.domain.user.UserId;
import java.util.List;

public interface CreateGroupUseCase {

    ConversationSummary create(CreateGroupCommand command);

    record CreateGroupCommand(UserId owner, String name, List<UserId> memberIds) {

        public static final int MAX_MEMBERS = 256;

        public CreateGroupCommand {
            memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
            if (memberIds.size() > MAX_MEMBERS) {
                throw io.parley.domain.Refusal.invalid("userIds", "a group has at most " + MAX_MEMBERS + " members");
            }
        }
    }
}
