package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.NewSession;
import dev.multichat.api.SessionExistsException;
import dev.multichat.api.SessionPatch;
import dev.multichat.json.internal.files.KnownFiles;
import dev.multichat.json.internal.files.MetaFile;
import dev.multichat.json.internal.files.SessionHandle;
import dev.multichat.json.internal.files.SessionMeta;
import dev.multichat.json.internal.files.SessionPlace;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.spi.SessionRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** Creates, updates and removes sessions' directories and metadata files, under the session lock. */
final class Lifecycle {
    private final StoreContext ctx;

    Lifecycle(StoreContext ctx) {
        this.ctx = ctx;
    }

    ChatSession create(SessionHandle h, NewSession spec) throws IOException {
        Instant now = ctx.now();
        SessionPlace place = h.place();
        ChatSession old = h.known().current();
        if (old != null && !old.state().expiredAt(now)) {
            throw new SessionExistsException(place.id());
        }
        if (Files.exists(place.dir())) {
            remove(h);
        }
        boolean force = ctx.fsync != FsyncMode.NEVER;
        Path shard = place.dir().getParent();
        boolean newShard = !Files.isDirectory(shard);
        Files.createDirectories(place.dir());
        if (force) {
            ctx.ops.forceDir(shard);
            if (newShard) {
                ctx.ops.forceDir(shard.getParent());
            }
        }
        ChatSession created = SessionRules.created(spec, now);
        SessionMeta meta = new SessionMeta(MetaFile.newGeneration(), created.info(), created.state());
        MetaFile.write(place.dir(), place.id(), meta, ctx.ops, force);
        h.known().metaRead(FileStamp.of(place.metaFile()), meta); // a new generation: no log known
        return h.known().current();
    }

    ChatSession update(SessionHandle h, SessionPatch patch, Expect expect) throws IOException {
        Instant now = ctx.now();
        KnownFiles known = h.known();
        SessionPlace place = h.place();
        ChatSession s = known.requireLive(now);
        SessionRules.checkVersion(place.id(), expect, s.version());
        ChatSession updated = SessionRules.patched(s, patch, now);
        SessionMeta meta = new SessionMeta(known.files().meta().generation(), updated.info(), updated.state());
        if (ctx.fsync == FsyncMode.NEVER && known.files().logKey() != null) {
            // session.json is about to record lastSeq: the log must not be behind it after a power cut
            ctx.ops.force(place.logFile(), h.channel().get(false));
            known.forced();
        }
        MetaFile.write(place.dir(), place.id(), meta, ctx.ops, ctx.fsync != FsyncMode.NEVER);
        known.metaRead(FileStamp.of(place.metaFile()), meta);
        return known.current();
    }

    /** @return true if a live session was removed */
    boolean delete(SessionHandle h) throws IOException {
        ChatSession s = h.known().current();
        boolean live = s != null && !s.state().expiredAt(ctx.now());
        if (Files.exists(h.place().dir())) {
            remove(h);
        }
        return live;
    }

    /**
     * Removes the session directory atomically by renaming it into {@code <root>/trash}, then
     * deletes it there. A crash in between leaves only trash, which the next open clears.
     */
    void remove(SessionHandle h) throws IOException {
        Path trash = ctx.paths.trash();
        Files.createDirectories(trash);
        SessionPlace place = h.place();
        Path target = trash.resolve(place.id().value() + "." + UUID.randomUUID());
        ctx.ops.move(place.dir(), target);
        if (ctx.fsync != FsyncMode.NEVER) {
            ctx.ops.forceDir(place.dir().getParent());
        }
        h.known().absent();
        deleteTree(target);
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
