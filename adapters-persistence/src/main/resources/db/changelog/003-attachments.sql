--liquibase formatted sql

--changeset parley:003-attachments
-- An attachment is its uploader's until sent; message_id and conversation_id are set when it is.
CREATE TABLE attachments (
    id              CHAR(36)     CHARACTER SET ascii NOT NULL,
    uploader_id     CHAR(36)     CHARACTER SET ascii NOT NULL,
    file_name       VARCHAR(200) NOT NULL,
    type            VARCHAR(10)  CHARACTER SET ascii NOT NULL,
    size            BIGINT       NOT NULL,
    width           INT          NULL,
    height          INT          NULL,
    blob_key        VARCHAR(200) CHARACTER SET ascii NOT NULL,
    thumbnail_key   VARCHAR(200) CHARACTER SET ascii NULL,
    created_at      DATETIME(3)  NOT NULL,
    conversation_id CHAR(36)     CHARACTER SET ascii NULL,
    message_id      CHAR(36)     CHARACTER SET ascii NULL,
    PRIMARY KEY (id),
    KEY ix_attachments_message (message_id),
    KEY ix_attachments_unsent (message_id, created_at),
    CONSTRAINT fk_attachments_uploader FOREIGN KEY (uploader_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
