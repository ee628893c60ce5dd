--liquibase formatted sql

--changeset parley:005-ws-ticket-sessions
-- A ticket opens a socket in one sign-in, so that ending the sign-in can close it. Tickets live
-- a minute at most: the few outstanding at the upgrade are dropped rather than given a session.
DELETE FROM ws_tickets;
ALTER TABLE ws_tickets ADD COLUMN session_id CHAR(36) CHARACTER SET ascii NOT NULL;

--changeset parley:005-refresh-tokens-revoked
-- At start the sign-ins ended in the last minutes are read back (the access-token deny-list).
CREATE INDEX ix_refresh_tokens_revoked ON refresh_tokens (revoked_at);
