package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionId;
import dev.multichat.spi.ChangeSink;
import dev.multichat.spi.StampedAppends;
import java.util.List;
import java.util.Map;

/**
 * The guarded log, hinting the change feed after every write it made (the in-process hint
 * source, the same for every backend). An append hands the feed its result (the stored
 * messages and the session after them), so the feed need not read them back; a trim is a bare
 * hint; an append with a metadata stamp the backend answers in one call hands the feed its result
 * like an append. Either returns at once: writers never wait for subscribers. Thread-safe.
 */
final class HintingLog implements LogDelegate, StampedAppends {
    private final MessageLog messages;
    private final ChangeSink feed;

    HintingLog(MessageLog messages, ChangeSink feed) {
        this.messages = messages;
        this.feed = feed;
    }

    @Override
    public MessageLog messages() {
        return messages;
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        Appended appended = messages.append(id, drafts, expect);
        feed.appended(id, appended);
        return appended;
    }

    /** @return whether the backend appends and replaces metadata in one call ({@link StampedAppends}) */
    boolean stamps() {
        return messages instanceof GuardedLog log && log.stamps();
    }

    /** @throws IllegalStateException if the backend does not offer it ({@link #stamps()}) */
    @Override
    public Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata,
                                  Expect expect) {
        if (!(messages instanceof GuardedLog log)) {
            throw new IllegalStateException("the composed message log " + messages + " is not guarded");
        }
        Appended appended = log.appendStamped(id, drafts, metadata, expect);
        feed.appended(id, appended);
        return appended;
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        long removed = messages.trim(id, throughSeq);
        feed.changed(id);
        return removed;
    }
}
