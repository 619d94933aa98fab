-- Multichat SQLite schema, version 2: an index for the expiry sweep, so finding expired
-- sessions never scans the whole sessions table.
CREATE INDEX sessions_by_expiry ON sessions (expires_at) WHERE expires_at IS NOT NULL;
