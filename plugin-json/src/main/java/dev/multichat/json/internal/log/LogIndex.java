package dev.multichat.json.internal.log;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each stored message of one session's log starts, and which seq each message id has.
 * Built on a session's first touch, extended on each append. Not thread-safe: used under the
 * session lock.
 */
public final class LogIndex implements LogPositions {
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

    @Override
    public int count() {
        return count;
    }

    @Override
    public long firstSeq() {
        return firstSeq;
    }

    @Override
    public long lastSeq() {
        return count == 0 ? firstSeq - 1 : firstSeq + count - 1;
    }

    @Override
    public long offsetOf(long seq) {
        return offsets[(int) (seq - firstSeq)];
    }

    @Override
    public Long seqOf(String id) {
        return ids.get(id);
    }

    /**
     * @param last the last commit of the prefix this index is meant to cover, null if none
     * @return whether this index ends where that commit does: empty without a commit, else
     *     empty (every message trimmed) or ending at its lastSeq
     */
    public boolean endsAt(Commit last) {
        return last == null ? count == 0 : count == 0 || lastSeq() == last.lastSeq();
    }
}
