package dev.multichat.json.internal.files;

import dev.multichat.json.internal.fs.FileOps;
import dev.multichat.json.internal.fs.GroupForce;
import dev.multichat.json.internal.fs.LogChannel;
import java.io.IOException;

/**
 * One store instance's hold on one session: where it lives, the log file open while the handle
 * lives, its group force, what is known of its files ({@link KnownFiles}, which owns how that
 * changes), and the handle's own life: poisoned by a failed write or force (every later
 * operation fails until the store is reopened), retired when it leaves the handle cache (an
 * operation that finds it retired takes a fresh handle). Used under the session lock, except
 * {@link #isRetired()} and the group force.
 */
public final class SessionHandle {
    private final SessionPlace place;
    private final LogChannel channel;
    private final GroupForce group = new GroupForce();
    private final KnownFiles known;
    private volatile boolean retired;
    private IOException poison;
    private SessionFiles indexed;

    /** @param poison the failure that poisoned the session under an earlier handle, or null */
    public SessionHandle(SessionPlace place, IOException poison) {
        this.place = place;
        this.poison = poison;
        this.channel = new LogChannel(place.logFile());
        this.known = new KnownFiles(place.id(), () -> {
            channel.close();
            group.reset();
        });
    }

    public SessionPlace place() {
        return place;
    }

    /** @return the log file's channel, open while the handle lives and the log is the known one */
    public LogChannel channel() {
        return channel;
    }

    public GroupForce group() {
        return group;
    }

    public KnownFiles known() {
        return known;
    }

    /**
     * Marks the state the listing index now holds for this session.
     *
     * @return whether it changed since the last mark (the index needs the new state)
     */
    public boolean markIndexed() {
        SessionFiles now = known.files();
        boolean changed = indexed != now;
        indexed = now;
        return changed;
    }

    /** @return whether the handle left the cache (then the caller takes a fresh one) */
    public boolean isRetired() {
        return retired;
    }

    /**
     * Takes the handle out of use (caller holds the session's in-process lock): waits for its
     * pending group force if {@code ops} is given, and closes the log channel.
     *
     * @return the failure that poisoned the session (this force's included), or null
     */
    IOException retire(FileOps ops) {
        retired = true;
        if (ops != null) {
            try {
                group.awaitAll(place.logFile(), ops);
            } catch (IOException e) {
                poison(e);
            }
        }
        channel.close();
        return poisoned();
    }

    /** Poisons the session after a failed write or force; the first cause is kept. */
    public void poison(IOException cause) {
        if (poison == null) {
            poison = cause;
        }
    }

    /** @return the write or force failure that poisoned the session, or null */
    public IOException poisoned() {
        return poison != null ? poison : group.failure();
    }
}
