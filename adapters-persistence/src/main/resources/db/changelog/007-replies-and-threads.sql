--liquibase formatted sql

--changeset parley:007-replies-and-threads
-- A reply quotes another message of its conversation (reply_to_id); a thread reply belongs to a
-- root (thread_id), whose summary is kept on it so history pages need no count per message.
-- thread_participants: the ids of its latest repliers, newest first, at most five, comma-separated.
ALTER TABLE messages
    ADD COLUMN reply_to_id          CHAR(36)     CHARACTER SET ascii NULL,
    ADD COLUMN thread_id            CHAR(36)     CHARACTER SET ascii NULL,
    ADD COLUMN thread_reply_count   INT          NOT NULL DEFAULT 0,
    ADD COLUMN thread_last_reply_at DATETIME(3)  NULL,
    ADD COLUMN thread_participants  VARCHAR(200) CHARACTER SET ascii NULL;
-- History lists top-level messages: a range of (conversation, thread NULL, seq). A thread's replies: (thread, seq).
CREATE INDEX ix_messages_top_level ON messages (conversation_id, thread_id, seq);
CREATE INDEX ix_messages_thread ON messages (thread_id, seq);
