package dev.multichat.json.internal.listing;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Page;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionQuery;
import dev.multichat.json.internal.files.SessionPaths;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.spi.Pages;
import dev.multichat.spi.SessionCursor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;

/**
 * The listing index: each owner's sessions ordered by updatedAt descending, id ascending, with
 * the file stamps each entry was read from. Built from the files at open, updated by every
 * operation of this store, rebuilt by each sweep; a listed entry whose files changed since
 * (another process wrote them) is re-read before the page is returned. The files always win.
 * Thread-safe.
 */
public final class OwnerIndex {
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::updatedAt).reversed()
            .thenComparing(Key::id);
    private static final int ATTEMPTS = 3;
    private final SessionPaths paths;
    private final Map<SessionId, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, NavigableSet<Key>> byOwner = new ConcurrentHashMap<>();

    /** A position in an owner's ordering. */
    private record Key(Instant updatedAt, SessionId id) {
    }

    /**
     * An indexed session and what its files looked like when it was read.
     *
     * @param session the session
     * @param meta the stamp of its session.json
     * @param logKey the file key of its log, null if none
     * @param logSize the verified size of its log
     */
    public record Entry(ChatSession session, FileStamp meta, Object logKey, long logSize) {
    }

    public OwnerIndex(SessionPaths paths) {
        this.paths = paths;
    }

    public synchronized void put(Entry entry) {
        ChatSession session = entry.session();
        remove(session.id());
        byId.put(session.id(), entry);
        byOwner.computeIfAbsent(session.owner(), o -> new ConcurrentSkipListSet<>(ORDER))
                .add(new Key(session.state().updatedAt(), session.id()));
    }

    public synchronized void remove(SessionId id) {
        Entry old = byId.remove(id);
        if (old != null) {
            byOwner.get(old.session().owner()).remove(new Key(old.session().state().updatedAt(), id));
        }
    }

    /**
     * @param reread re-reads one session from its files into this index (under its lock)
     * @return the page of the owner's live sessions after the query's cursor
     */
    public Page<ChatSession> list(SessionQuery query, Instant now, Consumer<SessionId> reread) {
        List<ChatSession> items = candidates(query, now);
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            List<SessionId> stale = items.stream().map(ChatSession::id).filter(this::changedOnDisk).toList();
            if (stale.isEmpty()) {
                break;
            }
            stale.forEach(reread);
            items = candidates(query, now);
        }
        return Pages.fromRows(items, query);
    }

    private List<ChatSession> candidates(SessionQuery query, Instant now) {
        NavigableSet<Key> keys = byOwner.get(query.owner());
        List<ChatSession> items = new ArrayList<>(query.limit() + 1);
        if (keys == null) {
            return items;
        }
        SessionCursor from = SessionCursor.of(query);
        NavigableSet<Key> rest = from == null ? keys : keys.tailSet(new Key(from.updatedAt(), from.id()), false);
        for (Key key : rest) {
            Entry e = byId.get(key.id());
            ChatSession s = e == null ? null : e.session();
            if (s != null && s.state().updatedAt().equals(key.updatedAt()) && !s.state().expiredAt(now)) {
                items.add(s);
                if (items.size() > query.limit()) {
                    break;
                }
            }
        }
        return items;
    }

    private boolean changedOnDisk(SessionId id) {
        Entry e = byId.get(id);
        if (e == null) {
            return true;
        }
        Path dir = paths.dir(id);
        try {
            FileStamp log = FileStamp.of(dir.resolve(SessionPaths.LOG));
            return !Objects.equals(FileStamp.of(dir.resolve(SessionPaths.META)), e.meta())
                    || !Objects.equals(log == null ? null : log.key(), e.logKey())
                    || (log == null ? 0 : log.size()) != e.logSize();
        } catch (IOException ex) {
            return true;
        }
    }
}
