package dev.multichat.json;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionState;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
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
        ChatSession s = h.requireLive(now);
        List<ChatMessage> replayed = replay(h, drafts);
        if (replayed != null) {
            if (ctx.fsync == FsyncMode.BATCH) {
                h.group.awaitAll(h.logFile, ctx.ops);
            }
            return new Result(h, new Appended(s, replayed, true), 0);
        }
        SessionRules.checkVersion(h.id, expect, s.version());
        long base = h.scanned.goodEnd();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<ChatMessage> messages = new ArrayList<>(drafts.size());
        long[] offsets = new long[drafts.size()];
        for (MessageDraft draft : drafts) {
            ChatMessage m = new ChatMessage(s.lastSeq() + messages.size() + 1, now, draft);
            offsets[messages.size()] = base + out.size();
            out.writeBytes(LineCodec.message(m));
            messages.add(m);
        }
        SessionState after = SessionRules.written(s, now, drafts.size()).state();
        Commit commit = new Commit(after.version(), after.lastSeq(), now, after.expiresAt());
        out.writeBytes(LineCodec.commit(commit));
        write(h, base, out.toByteArray());
        for (int i = 0; i < messages.size(); i++) {
            h.index.add(messages.get(i).seq(), offsets[i], messages.get(i).draft().id());
        }
        h.scanned = new LogScanner.Scanned(base + out.size(), h.scanned.goodLines() + drafts.size() + 1, commit);
        long ticket = ctx.fsync == FsyncMode.BATCH ? h.group.wrote() : 0;
        return new Result(h, new Appended(h.current(), messages, false), ticket);
    }

    /** @return the stored messages if every draft's id is stored, null if none is */
    private List<ChatMessage> replay(SessionHandle h, List<MessageDraft> drafts) throws IOException {
        List<Long> seqs = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (MessageDraft d : drafts) {
            Long seq = d.id() == null ? null : h.index.seqOf(d.id());
            if (seq != null) {
                seqs.add(seq);
                stored.add(d.id());
            }
        }
        if (ReplayDecision.decide(h.id, drafts.size(), stored) == ReplayDecision.WRITE) {
            return null;
        }
        return reader.readSeqs(h, seqs);
    }

    private void write(SessionHandle h, long base, byte[] bytes) {
        boolean created = h.logKey == null;
        try (FileChannel ch = FileChannel.open(h.logFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.position(base);
            ctx.ops.write(ch, ByteBuffer.wrap(bytes));
            if (ctx.fsync == FsyncMode.ALWAYS) {
                ctx.ops.force(ch);
            }
            if (created && ctx.fsync != FsyncMode.NEVER) {
                ctx.ops.forceDir(h.dir);
            }
            if (created) {
                h.logKey = FileStamp.of(h.logFile).key();
            }
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
                h.group.await(result.ticket(), h.logFile, ctx.ops);
            } catch (IOException e) {
                throw ctx.unavailable(h, "forcing the append failed; the session refuses writes until"
                        + " the store is reopened", e);
            }
        }
        return result.appended();
    }
}
