--liquibase formatted sql

--changeset parley:002-conversations
-- last_seq, last_message_at and member_count are kept with the conversation so that numbering
-- a message (under this row's lock), the inbox order and room sizes need no aggregate queries.
CREATE TABLE conversations (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    kind            VARCHAR(10)  CHARACTER SET ascii NOT NULL,
    name            VARCHAR(100) NULL,
    description     VARCHAR(500) NOT NULL DEFAULT '',
    is_private      BOOLEAN      NOT NULL,
    invite_code     CHAR(16)     CHARACTER SET ascii NULL,
    direct_key      VARCHAR(80)  CHARACTER SET ascii NULL,
    created_by      CHAR(36)     CHARACTER SET ascii NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    last_seq        BIGINT       NOT NULL DEFAULT 0,
    last_message_at DATETIME(3)  NULL,
    member_count    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_conversations_direct_key (direct_key),
    KEY ix_conversations_public_rooms (kind, is_private, member_count)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset parley:002-memberships
CREATE TABLE memberships (
    conversation_id CHAR(36)    CHARACTER SET ascii NOT NULL,
    user_id         CHAR(36)    CHARACTER SET ascii NOT NULL,
    role            VARCHAR(10) CHARACTER SET ascii NOT NULL,
    joined_at       DATETIME(3) NOT NULL,
    last_read_seq   BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_id),
    KEY ix_memberships_user (user_id, conversation_id),
    CONSTRAINT fk_memberships_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
    CONSTRAINT fk_memberships_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset parley:002-messages
-- Clustered by (conversation, seq): a page of history is one contiguous range of the primary key.
-- The unique client id makes a resent message a duplicate the database itself refuses.
CREATE TABLE messages (
    conversation_id   CHAR(36)    CHARACTER SET ascii NOT NULL,
    seq               BIGINT      NOT NULL,
    id                CHAR(36)    CHARACTER SET ascii NOT NULL,
    sender_id         CHAR(36)    CHARACTER SET ascii NOT NULL,
    type              VARCHAR(10) CHARACTER SET ascii NOT NULL,
    content           TEXT        NOT NULL,
    client_message_id VARCHAR(64) CHARACTER SET ascii NULL,
    created_at        DATETIME(3) NOT NULL,
    PRIMARY KEY (conversation_id, seq),
    UNIQUE KEY uq_messages_id (id),
    UNIQUE KEY uq_messages_client_id (conversation_id, sender_id, client_message_id),
    CONSTRAINT fk_messages_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
    CONSTRAINT fk_messages_sender FOREIGN KEY (sender_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
