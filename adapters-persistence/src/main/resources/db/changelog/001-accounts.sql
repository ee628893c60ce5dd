--liquibase formatted sql

--changeset parley:001-users
CREATE TABLE users (
    id            CHAR(36)     CHARACTER SET ascii NOT NULL,
    email         VARCHAR(254) NOT NULL,
    name          VARCHAR(64)  NOT NULL,
    bio           VARCHAR(500) NOT NULL DEFAULT '',
    password_hash VARCHAR(100) CHARACTER SET ascii NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    last_seen_at  DATETIME(3)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_users_email (email),
    KEY ix_users_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset parley:001-refresh-tokens
CREATE TABLE refresh_tokens (
    id         CHAR(36)    CHARACTER SET ascii NOT NULL,
    family_id  CHAR(36)    CHARACTER SET ascii NOT NULL,
    user_id    CHAR(36)    CHARACTER SET ascii NOT NULL,
    token_hash CHAR(64)    CHARACTER SET ascii NOT NULL,
    issued_at  DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL,
    revoked_at DATETIME(3) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_refresh_tokens_hash (token_hash),
    KEY ix_refresh_tokens_family (family_id),
    CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--changeset parley:001-ws-tickets
CREATE TABLE ws_tickets (
    ticket_hash CHAR(64)    CHARACTER SET ascii NOT NULL,
    user_id     CHAR(36)    CHARACTER SET ascii NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (ticket_hash),
    KEY ix_ws_tickets_expires (expires_at),
    CONSTRAINT fk_ws_tickets_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
