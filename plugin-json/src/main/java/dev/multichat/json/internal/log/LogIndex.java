package dev.multichat.json.internal.log;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each stored message of one session's log starts, and which seq each message id has.
 * Built on a session's first touch, extended on each append. Not thread-safe: used under the
 * session lock.
 */
public final class LogIndex {
    private long[] offsets = new long[16];
    private int count;
    private long firstSeq;
    private final Map<String, Long> ids = new HashMap<>();

    public void add(long seq, long offset, String id) {
        if (count == 0) {
            firstSeq = seq;
        }
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, count * 2);
        }
        offsets[count++] = offset;
        if (id != null) {
            ids.put(id, seq);
        }
    }

    public int count() {
        return count;
    }

    public long firstSeq() {
        return firstSeq;
    }

    public long lastSeq() {
        return count == 0 ? firstSeq - 1 : firstSeq + count - 1;
    }

    /** @return the file offset where message {@code seq} starts; seq must be indexed */
    public long offsetOf(long seq) {
        return offsets[(int) (seq - firstSeq)];
    }

    /** @return the seq of the stored message with this id, or null */
    public Long seqOf(String id) {
        return ids.get(id);
    }
}
