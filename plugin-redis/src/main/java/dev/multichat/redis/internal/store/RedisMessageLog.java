package dev.multichat.redis.internal.store;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.MessageLog;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionView;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import dev.multichat.spi.SessionViews;
import dev.multichat.spi.StampedAppends;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message half of the Redis store. An append is one script (one round trip): it checks the
 * message ids (a batch already stored is returned, not written again; a batch without ids
 * carries a token of its call, so a call Lettuce re-sends after a reconnect is returned too),
 * the expected version, assigns consecutive seqs, stores the messages and ids, updates the session and sets the TTL
 * of every key of the session. The script returns what it found (the stored ids, the current
 * version) and the shared rules decide: {@link ReplayDecision} and {@link SessionRules#checkVersion}
 * (the script mirrors them so it can write nothing when they refuse). Reads fetch exactly the
 * requested seqs from the messages list ({@link RedisViews}: a tail as two pipelined commands, other
 * ranges one script), so their cost does not grow with history. An append that also replaces the
 * session's metadata ({@link StampedAppends}) is the same script, one round trip. Thread-safe.
 */
public final class RedisMessageLog implements MessageLog, SessionViews, StampedAppends {
    private final RedisStorage storage;
    private final OwnerIndex index;
    private final RedisAppends appends;

    /**
     * @param storage the shared storage
     */
    public RedisMessageLog(RedisStorage storage) {
        this.storage = storage;
        this.index = new OwnerIndex(storage);
        this.appends = new RedisAppends(storage, new IndexTouch(index, storage.link().sharded()));
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        return appends.run(new AppendCall.Batch(id, drafts, expect, ""));
    }

    /** One script, as {@link #append}: the messages and the new metadata, the version moved by two. */
    @Override
    public Appended appendStamped(SessionId id, List<MessageDraft> drafts, Map<String, String> metadata,
                                  Expect expect) {
        return appends.run(new AppendCall.Batch(id, drafts, expect, SessionCodec.encodeMap(metadata)));
    }

    @Override
    public List<ChatMessage> read(SessionId id, MessageRange range) {
        return RedisViews.read(storage, id, range);
    }

    /** One round trip: the session and the range together ({@link RedisViews}). */
    @Override
    public Optional<SessionView> view(SessionId id, MessageRange range) {
        return RedisViews.view(storage, id, range);
    }

    @Override
    public long trim(SessionId id, long throughSeq) {
        List<Object> reply = storage.runTouching(storage.scripts().trim(), id, Long.toString(storage.now()),
                Long.toString(throughSeq));
        if ("nf".equals(reply.get(0))) {
            throw new SessionNotFoundException(id);
        }
        long removed = (Long) reply.get(2);
        if (removed > 0) {
            boolean sharded = storage.link().sharded();
            storage.written(id, "trimming session '" + id + "'", sharded);
            if (sharded) {
                index.touch(storage.session(id, reply));
            }
        }
        return removed;
    }
}
