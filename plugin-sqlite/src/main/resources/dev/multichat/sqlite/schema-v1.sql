-- Multichat SQLite schema, version 1: sessions and their messages.
-- Times are epoch milliseconds (UTC). Maps are encoded by MapCodec (length-prefixed text).
CREATE TABLE sessions (
    id          TEXT    NOT NULL PRIMARY KEY,
    owner       TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    ttl_ms      INTEGER NOT NULL,
    ttl_sliding INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    expires_at  INTEGER,
    version     INTEGER NOT NULL,
    last_seq    INTEGER NOT NULL
);

CREATE TABLE messages (
    session_id TEXT    NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    msg_id     TEXT,
    author     TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    attributes TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE UNIQUE INDEX messages_by_msg_id ON messages (session_id, msg_id) WHERE msg_id IS NOT NULL;

CREATE INDEX sessions_by_owner ON sessions (owner, updated_at DESC, id);
