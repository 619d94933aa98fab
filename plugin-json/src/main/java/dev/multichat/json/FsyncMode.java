package dev.multichat.json;

/** How a store forces its log to disk before acknowledging an append. */
enum FsyncMode {
    /** force after each append, under the session lock. */
    ALWAYS,
    /** group commit: concurrent appenders of a session file share one force. */
    BATCH,
    /** never force; the operating system writes back when it likes. */
    NEVER
}
