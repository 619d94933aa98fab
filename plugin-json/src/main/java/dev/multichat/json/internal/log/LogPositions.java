package dev.multichat.json.internal.log;

/**
 * Where the messages of a log's verified prefix start, read-only: what reads, trims and replay
 * checks see of a session's {@link LogIndex} (only the transitions of the session's known files
 * extend it).
 */
public interface LogPositions {
    /** @return how many messages are indexed */
    int count();

    /** @return the seq of the first indexed message (meaningless when none is) */
    long firstSeq();

    /** @return the seq of the last indexed message, {@code firstSeq() - 1} when none is */
    long lastSeq();

    /** @return the file offset where message {@code seq} starts; seq must be indexed */
    long offsetOf(long seq);

    /** @return the seq of the stored message with this id, or null */
    Long seqOf(String id);
}
