package io.parley.domain.conversation;

public enum MemberRole {
    OWNER,
    MEMBER;

    /** Whether this role may act on others' messages (delete them); admins join the owner with moderation. */
    public boolean moderates() {
        return this == OWNER;
    }
}
