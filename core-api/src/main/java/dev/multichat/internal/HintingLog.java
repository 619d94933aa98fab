package dev.multichat.internal;

import dev.multichat.api.Appended;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.SessionId;
import dev.multichat.spi.ChangeSink;
import java.util.List;

/**
 * The guarded log, hinting the change feed after every write it made (the in-process hint
 * source, the same for every backend). An append hands the feed its result (the stored
 * messages and the session after them), so the feed need not read them back; a trim is a bare
 * hint. Either returns at once: writers never wait for subscribers. Thread-safe.
 */
final class HintingLog implements LogDelegate {
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

    @Override
    public long trim(SessionId id, long throughSeq) {
        long removed = messages.trim(id, throughSeq);
        feed.changed(id);
        return removed;
    }
}
