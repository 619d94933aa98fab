package dev.multichat.hybrid.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import dev.multichat.hybrid.internal.mirror.MirrorWriter;
import dev.multichat.hybrid.internal.mirror.WindowReader;
import java.util.List;

/**
 * The hybrid store's message log: appends and trims go to the durable tier first (a failure
 * there fails the call: nothing is acknowledged from the cache alone), then the cached copy
 * follows; reads go through the {@link WindowReader}. Thread-safe.
 */
final class HybridLog implements MessageLog {
    private final SessionStore durable;
    private final MirrorWriter writer;
    private final WindowReader reader;

    HybridLog(SessionStore durable, MirrorWriter writer, WindowReader reader) {
        this.durable = durable;
        this.writer = writer;
        this.reader = reader;
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        Appended appended = durable.append(id, drafts, expect);
        if (!appended.replayed()) {
            writer.forward(appended.session(), appended.messages());
        }
        return appended;
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return reader.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        long trimmed = durable.trim(id, throughSeq);
        writer.invalidate(id);
        return trimmed;
    }
}
