package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionId;
import dev.multichat.json.internal.files.MetaFile;
import dev.multichat.json.internal.files.SessionHandle;
import dev.multichat.json.internal.files.SessionMeta;
import dev.multichat.json.internal.files.SessionPaths;
import dev.multichat.json.internal.files.SessionPlace;
import dev.multichat.json.internal.fs.DirLocks;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.listing.OwnerIndex;
import dev.multichat.json.internal.log.Commit;
import dev.multichat.json.internal.log.LogScanner;
import dev.multichat.json.internal.log.TailProbe;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every session's metadata and the end of its log (never the whole log) to rebuild the
 * listing index, cutting torn log tails on the way; at open and on each sweep, which also
 * removes expired sessions. A corrupt session is logged and left out; files and directories
 * the store does not recognise are ignored, never deleted.
 */
final class StoreScan {
    private static final Logger LOG = LoggerFactory.getLogger(StoreScan.class);
    private final StoreContext ctx;
    private final Lifecycle lifecycle;

    StoreScan(StoreContext ctx, Lifecycle lifecycle) {
        this.ctx = ctx;
        this.lifecycle = lifecycle;
    }

    /** @param sweep also remove expired sessions' directories */
    void run(boolean sweep) throws IOException {
        Files.createDirectories(ctx.paths.sessions());
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(ctx.paths.sessions(),
                p -> p.getFileName().toString().matches("[0-9a-f]{2}") && Files.isDirectory(p))) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> dirs = Files.newDirectoryStream(shard, Files::isDirectory)) {
                    for (Path dir : dirs) {
                        one(dir, sweep);
                    }
                }
            }
        }
    }

    @SuppressWarnings("try") // the held lock is the point of the try
    private void one(Path dir, boolean sweep) {
        SessionId id;
        try {
            id = SessionId.of(dir.getFileName().toString());
        } catch (InvalidInputException e) {
            return;
        }
        SessionPlace place = ctx.paths.place(id);
        if (!place.dir().equals(dir)) {
            return;
        }
        try (DirLocks.Held held = ctx.lock(place)) {
            OwnerIndex.Entry entry = probe(id, dir);
            ChatSession s = entry == null ? null : entry.session();
            if (s == null) {
                ctx.index.remove(id);
            } else if (sweep && s.state().expiredAt(ctx.now())) {
                ctx.index.remove(id);
                lifecycle.remove(new SessionHandle(place, null));
            } else {
                ctx.index.put(entry);
            }
        } catch (CorruptDataException | IOException e) {
            ctx.index.remove(id);
            LOG.warn("session '{}' left out of the listing: {}", id.value(), e.getMessage());
        }
    }

    /** @return the session as its metadata and log tail say, or null if it has no metadata */
    private OwnerIndex.Entry probe(SessionId id, Path dir) throws IOException {
        Path metaFile = dir.resolve(SessionPaths.META);
        FileStamp metaStamp = FileStamp.of(metaFile);
        if (metaStamp == null) {
            return null;
        }
        SessionMeta meta = MetaFile.read(metaFile, id);
        Path log = dir.resolve(SessionPaths.LOG);
        Commit commit = null;
        if (Files.exists(log)) {
            try (FileChannel ch = FileChannel.open(log, StandardOpenOption.READ)) {
                long size = ch.size();
                LogScanner.Scanned tail = TailProbe.probe(log, ch, size);
                commit = tail.lastCommit();
                if (tail.goodEnd() < size) {
                    ctx.repair.cut(log, tail.goodEnd(), size);
                }
            }
        }
        meta.requireLogNotBehind(commit, log);
        FileStamp logStamp = FileStamp.of(log);
        return new OwnerIndex.Entry(new ChatSession(id, meta.info(), meta.reconcile(commit)), metaStamp,
                logStamp == null ? null : logStamp.key(), logStamp == null ? 0 : logStamp.size());
    }

    /** Deletes what a crash left in {@code <root>/trash}: only this store's own removals. */
    void clearTrash() throws IOException {
        Path trash = ctx.paths.trash();
        if (Files.isDirectory(trash)) {
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(trash)) {
                for (Path p : leftovers) {
                    deleteQuietly(p);
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Lifecycle.deleteTree(p);
        } catch (IOException e) {
            LOG.debug("{} could not be cleared now (another process may be removing it): {}", p, e.toString());
        }
    }
}
