package io.parley.domain.conversation;

public enum MemberRole {
    OWNER,
    MEMBER
}
