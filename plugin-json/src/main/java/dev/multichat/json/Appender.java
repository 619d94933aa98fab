package dev.multichat.json;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionState;
import dev.multichat.json.internal.files.KnownFiles;
import dev.multichat.json.internal.files.SessionHandle;
import dev.multichat.json.internal.files.SessionPlace;
import dev.multichat.json.internal.fs.FileStamp;
import dev.multichat.json.internal.log.Commit;
import dev.multichat.json.internal.log.LineWriter;
import dev.multichat.json.internal.log.LogScanner;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends a batch: the message lines and one commit line, written at the end of the log in
 * one write; forced before the acknowledgement as the fsync mode says. A failed write or
 * force poisons the session. Runs under the session lock, except the batch-mode wait.
 */
final class Appender {
    private final StoreContext ctx;
    private final LogReader reader;

    /**
     * What an append did under the lock.
     *
     * @param handle the session's handle
     * @param appended the result to return once durable
     * @param ticket the group-commit ticket to await outside the lock, 0 if none
     */
    record Result(SessionHandle handle, Appended appended, long ticket) {
    }

    Appender(StoreContext ctx, LogReader reader) {
        this.ctx = ctx;
        this.reader = reader;
    }

    Result append(SessionHandle h, List<MessageDraft> drafts, Expect expect) throws IOException {
        Instant now = ctx.now();
        KnownFiles known = h.known();
        ChatSession s = known.requireLive(now);
        List<ChatMessage> replayed = replay(h, drafts);
        if (replayed != null) {
            if (ctx.fsync == FsyncMode.BATCH) {
                h.group().awaitAll(h.place().logFile(), ctx.ops);
            }
            return new Result(h, new Appended(s, replayed, true), 0);
        }
        SessionRules.checkVersion(h.place().id(), expect, s.version());
        long base = known.files().scanned().goodEnd();
        LineWriter out = new LineWriter(sizeHint(drafts));
        List<ChatMessage> messages = new ArrayList<>(drafts.size());
        long[] offsets = new long[drafts.size()];
        for (MessageDraft draft : drafts) {
            ChatMessage m = new ChatMessage(s.lastSeq() + messages.size() + 1, now, draft);
            offsets[messages.size()] = base + out.size();
            out.message(m);
            messages.add(m);
        }
        SessionState after = SessionRules.written(s, now, drafts.size()).state();
        long synced = Math.max(known.files().scanned().synced(), h.group().forcedEnd());
        Commit commit = new Commit(after.version(), after.lastSeq(), now, after.expiresAt(), synced);
        out.commit(commit);
        Object logKey = write(h, base, out.buffer());
        long end = base + out.size();
        known.extendLog(logKey, (from, into) -> {
            for (int i = 0; i < messages.size(); i++) {
                into.add(messages.get(i).seq(), offsets[i], messages.get(i).draft().id());
            }
            return new LogScanner.Scanned(end, from.goodLines() + drafts.size() + 1, commit,
                    ctx.fsync == FsyncMode.ALWAYS ? end : synced);
        });
        long ticket = ctx.fsync == FsyncMode.BATCH ? h.group().wrote(end) : 0;
        return new Result(h, new Appended(known.current(), messages, false), ticket);
    }

    /** @return the stored messages if every draft's id is stored, null if none is */
    private List<ChatMessage> replay(SessionHandle h, List<MessageDraft> drafts) throws IOException {
        List<Long> seqs = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (MessageDraft d : drafts) {
            Long seq = d.id() == null ? null : h.known().index().seqOf(d.id());
            if (seq != null) {
                seqs.add(seq);
                stored.add(d.id());
            }
        }
        if (ReplayDecision.decide(h.place().id(), drafts.size(), stored) == ReplayDecision.WRITE) {
            return null;
        }
        return reader.readSeqs(h, seqs);
    }

    /** @return about the size of the batch's lines: the contents plus what each line adds */
    private static int sizeHint(List<MessageDraft> drafts) {
        int size = 160;
        for (MessageDraft d : drafts) {
            size += 200 + d.content().length();
        }
        return size;
    }

    /** @return the file key of the log written (the known one, or the file this write created) */
    private Object write(SessionHandle h, long base, ByteBuffer bytes) {
        Object known = h.known().files().logKey();
        SessionPlace place = h.place();
        try {
            FileChannel ch = h.channel().get(true);
            ch.position(base);
            ctx.ops.write(place.logFile(), ch, bytes);
            if (ctx.fsync == FsyncMode.ALWAYS) {
                ctx.ops.force(place.logFile(), ch);
            }
            if (known == null && ctx.fsync != FsyncMode.NEVER) {
                ctx.ops.forceDir(place.dir());
            }
            return known != null ? known : FileStamp.of(place.logFile()).key();
        } catch (IOException e) {
            h.poison(e);
            throw ctx.unavailable(h, "appending failed; the session refuses writes until the store is"
                    + " reopened", e);
        }
    }

    /** Batch mode: waits, outside the session lock, until a force covers the append. */
    Appended awaitDurable(Result result) {
        SessionHandle h = result.handle();
        if (result.ticket() > 0) {
            try {
                h.group().await(result.ticket(), h.place().logFile(), ctx.ops);
            } catch (IOException e) {
                throw ctx.unavailable(h, "forcing the append failed; the session refuses writes until"
                        + " the store is reopened", e);
            }
        }
        return result.appended();
    }
}
