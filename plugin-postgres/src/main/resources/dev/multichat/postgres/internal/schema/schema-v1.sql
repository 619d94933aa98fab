-- Multichat PostgreSQL schema, version 1. {schema} is replaced by the quoted schema name.
-- Times are epoch milliseconds (bigint) taken from the store's clock; maps are text[] of
-- key, value, key, value... Ids sort byte-wise (COLLATE "C"), as the listing order requires.
CREATE TABLE {schema}.sessions (
    id          text    COLLATE "C" NOT NULL PRIMARY KEY,
    owner       text    NOT NULL,
    title       text    NOT NULL,
    metadata    text[]  NOT NULL,
    ttl_ms      bigint  NOT NULL,
    ttl_sliding boolean NOT NULL,
    created_at  bigint  NOT NULL,
    updated_at  bigint  NOT NULL,
    expires_at  bigint,
    version     bigint  NOT NULL,
    last_seq    bigint  NOT NULL
);
-- An owner's sessions, newest activity first (the listing's keyset order).
CREATE INDEX sessions_by_owner ON {schema}.sessions (owner, updated_at DESC, id);
-- What the sweep looks for.
CREATE INDEX sessions_by_expiry ON {schema}.sessions (expires_at) WHERE expires_at IS NOT NULL;
CREATE TABLE {schema}.messages (
    session_id text   COLLATE "C" NOT NULL,
    seq        bigint NOT NULL,
    msg_id     text   COLLATE "C",
    author     text   NOT NULL,
    role       text   NOT NULL,
    content    text   NOT NULL,
    attributes text[] NOT NULL,
    at         bigint NOT NULL,
    PRIMARY KEY (session_id, seq)
);
-- A caller's message id is unique within its session (idempotent retries).
CREATE UNIQUE INDEX messages_by_msg_id ON {schema}.messages (session_id, msg_id) WHERE msg_id IS NOT NULL;
