package dev.multichat.json;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.json.internal.files.SessionLoader;
import java.util.List;

/** The JSON store's {@link MessageLog}; every operation runs under the session lock. Thread-safe. */
final class JsonMessageLog implements MessageLog {
    private final StoreContext ctx;
    private final LogReader reader;
    private final Appender appender;
    private final Trimmer trimmer;

    JsonMessageLog(StoreContext ctx) {
        this.ctx = ctx;
        this.reader = new LogReader();
        this.appender = new Appender(ctx, reader);
        this.trimmer = new Trimmer(ctx, new SessionLoader(ctx.repair));
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return appender.awaitDurable(ctx.withSession(id, false, h -> appender.append(h, drafts, expect)));
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return ctx.withRead(id, h -> {
            h.known().requireLive(ctx.now());
            return reader.read(h, range);
        });
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return ctx.withSession(id, true, h -> trimmer.trim(h, throughSeq));
    }
}
