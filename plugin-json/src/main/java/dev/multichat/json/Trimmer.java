package dev.multichat.json;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionState;
import dev.multichat.json.internal.files.KnownFiles;
import dev.multichat.json.internal.files.SessionHandle;
import dev.multichat.json.internal.files.SessionLoader;
import dev.multichat.json.internal.files.SessionPaths;
import dev.multichat.json.internal.files.SessionPlace;
import dev.multichat.json.internal.log.Commit;
import dev.multichat.json.internal.log.LineWriter;
import dev.multichat.json.internal.log.LogPositions;
import dev.multichat.spi.SessionRules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;

/**
 * Trims by rewriting the log once, atomically: the kept lines are copied as they are (with
 * their checksums) into a temporary file, followed by a commit line carrying the new version;
 * the file is forced and renamed over the log, and the directory is forced.
 */
final class Trimmer {
    private final StoreContext ctx;
    private final SessionLoader loader;

    Trimmer(StoreContext ctx, SessionLoader loader) {
        this.ctx = ctx;
        this.loader = loader;
    }

    long trim(SessionHandle h, long throughSeq) throws IOException {
        Instant now = ctx.now();
        KnownFiles known = h.known();
        ChatSession s = known.requireLive(now);
        LogPositions index = known.index();
        long through = Math.min(throughSeq, s.lastSeq());
        if (index.count() == 0 || through < index.firstSeq()) {
            return 0;
        }
        long removed = Math.min(through, index.lastSeq()) - index.firstSeq() + 1;
        long verified = known.files().scanned().goodEnd();
        long copyFrom = through >= index.lastSeq() ? verified : index.offsetOf(through + 1);
        SessionState after = SessionRules.written(s, now, 0).state();
        // the rewrite is forced before its rename, so its commit line claims all before it
        Commit commit = new Commit(after.version(), after.lastSeq(), now, after.expiresAt(),
                verified - copyFrom);
        try {
            rewrite(h, copyFrom, verified, commit);
        } catch (IOException e) {
            h.poison(e);
            throw ctx.unavailable(h, "trimming failed; the session refuses writes until the store is"
                    + " reopened", e);
        }
        known.logReplaced();
        loader.refreshLog(h);
        known.forced();
        return removed;
    }

    /** Writes the log's bytes {@code [copyFrom, verified)} and the commit line, and renames them over the log. */
    private void rewrite(SessionHandle h, long copyFrom, long verified, Commit commit) throws IOException {
        SessionPlace place = h.place();
        Path temp = place.dir().resolve(SessionPaths.LOG + ".tmp-" + UUID.randomUUID());
        boolean forceDir = ctx.fsync != FsyncMode.NEVER;
        try {
            FileChannel src = h.channel().get(false);
            try (FileChannel dst = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                long length = verified - copyFrom;
                for (long done = 0; done < length; ) {
                    done += src.transferTo(copyFrom + done, length - done, dst);
                }
                dst.position(length);
                LineWriter line = new LineWriter(256);
                line.commit(commit);
                ctx.ops.write(temp, dst, line.buffer());
                // forced in every mode: a rename that reached the disk before the content would
                // replace a good log with nothing
                ctx.ops.force(temp, dst);
            }
            ctx.ops.move(temp, place.logFile());
        } finally {
            Files.deleteIfExists(temp);
        }
        if (forceDir) {
            ctx.ops.forceDir(place.dir());
        }
    }
}
