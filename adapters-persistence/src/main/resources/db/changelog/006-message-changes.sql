--liquibase formatted sql

--changeset parley:006-message-versions
-- Every change takes the conversation's next seq (ADR 0013): a message's version is the seq of
-- the last change that touched it, its own seq until then. Catch-up reads by version.
ALTER TABLE messages
    ADD COLUMN version    BIGINT      NULL,
    ADD COLUMN edited_at  DATETIME(3) NULL,
    ADD COLUMN deleted_at DATETIME(3) NULL;
UPDATE messages SET version = seq;
ALTER TABLE messages MODIFY version BIGINT NOT NULL;
CREATE INDEX ix_messages_version ON messages (conversation_id, version);

--changeset parley:006-last-message-seq
-- last_seq now counts every change; the inbox shows the last message, no longer always at last_seq.
ALTER TABLE conversations ADD COLUMN last_message_seq BIGINT NOT NULL DEFAULT 0;
UPDATE conversations SET last_message_seq = last_seq;

--changeset parley:006-message-reactions
-- One row per user and emoji; the order of first use is the order of the ids.
CREATE TABLE message_reactions (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    message_id CHAR(36)    CHARACTER SET ascii NOT NULL,
    emoji      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    user_id    CHAR(36)    CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_message_reactions (message_id, emoji, user_id),
    CONSTRAINT fk_message_reactions_message FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE,
    CONSTRAINT fk_message_reactions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset parley:006-message-edits
-- The texts a message had before its edits; replaced_at is when the next text took its place.
CREATE TABLE message_edits (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    message_id  CHAR(36)    CHARACTER SET ascii NOT NULL,
    content     TEXT        NOT NULL,
    replaced_at DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_message_edits_message (message_id, id),
    CONSTRAINT fk_message_edits_message FOREIGN KEY (message_id) REFERENCES messages (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
