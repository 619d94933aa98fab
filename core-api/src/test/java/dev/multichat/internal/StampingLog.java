package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionCatalog;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionPatch;
import dev.multichat.spi.StampedAppends;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test backend's message log offering {@link StampedAppends}: the memory backend's log and
 * catalog underneath, and a count of the stamped appends it answered itself. Thread-safe.
 */
final class StampingLog implements MessageLog, StampedAppends {
    private final MessageLog log;
    private final SessionCatalog catalog;
    private final AtomicInteger stamped = new AtomicInteger();

    StampingLog(MessageLog log, SessionCatalog catalog) {
        this.log = log;
        this.catalog = catalog;
    }

    /** @return how many stamped appends reached this backend */
    int stamped() {
        return stamped.get();
    }

    @Override
    public Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata,
                                  Expect expect) {
        stamped.incrementAndGet();
        Appended appended = log.append(id, drafts, expect);
        ChatSession session = catalog.update(id, SessionPatch.metadata(metadata),
                Expect.version(appended.session().version()));
        return new Appended(session, appended.messages(), false);
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return log.append(id, drafts, expect);
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return log.read(id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        return log.trim(id, throughSeq);
    }
}
