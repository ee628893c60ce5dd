--liquibase formatted sql

--changeset parley:004-avatars
ALTER TABLE users ADD COLUMN avatar_key VARCHAR(200) CHARACTER SET ascii NULL;
