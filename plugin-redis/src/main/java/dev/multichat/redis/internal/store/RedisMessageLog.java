package dev.multichat.redis.internal.store;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * ranges one script), so their cost does not grow with history. Thread-safe.
 */
public final class RedisMessageLog implements MessageLog, SessionViews {
    private final RedisStorage storage;
    private final OwnerIndex index;
    private final IndexTouch touch;

    /**
     * @param storage the shared storage
     */
    public RedisMessageLog(RedisStorage storage) {
        this.storage = storage;
        this.index = new OwnerIndex(storage);
        this.touch = new IndexTouch(index, storage.link().sharded());
    }

    @Override
    public Appended append(SessionId id, List<MessageDraft> drafts, Expect expect) {
        long now = storage.now();
        int n = drafts.size();
        IndexTouch.Ahead ahead = touch.send(id, now);
        List<Object> reply = AppendCall.run(storage, id, drafts, expect, now);
        String what = "appending to session '" + id + "'";
        switch (String.valueOf(reply.get(0))) {
            case "nf" -> {
                touch.missing(id);
                throw new SessionNotFoundException(id);
            }
            case "mx" -> {
                touch.refused(ahead, storage.session(id, reply));
                throw ReplayDecision.mixedBatch(id, strings(reply.get(2)));
            }
            case "vc" -> {
                ChatSession current = storage.session(id, reply);
                touch.refused(ahead, current);
                SessionRules.checkVersion(id, expect, current.version());
                throw new IllegalStateException("the append script reported a version conflict that is none");
            }
            case "rp" -> {
                ReplayDecision.decide(id, n, strings(reply.get(2)));
                return replayed(id, reply, what, ahead);
            }
            case "rt" -> {
                return replayed(id, reply, what, ahead);
            }
            default -> {
                ChatSession session = storage.session(id, reply);
                storage.written(id, what, storage.after().channel().fromScript().isEmpty());
                touch.done(ahead, session, true);
                return new Appended(session, added(session, drafts, now), false);
            }
        }
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

    /**
     * A batch found already stored (by its message ids, or by the call's token when Lettuce
     * re-sent the call after a reconnect): the stored messages, nothing written.
     */
    private Appended replayed(SessionId id, List<Object> reply, String what, IndexTouch.Ahead ahead) {
        ChatSession session = storage.session(id, reply);
        storage.written(id, what, false);
        touch.done(ahead, session, false);
        return new Appended(session, stored(id, (List<?>) reply.get(3), (List<?>) reply.get(4)), true);
    }

    @SuppressWarnings("unchecked")
    private List<ChatMessage> stored(SessionId id, List<?> seqs, List<?> values) {
        return Elements.exactly(values, (List<Long>) seqs, storage.keys().session(id)[1]);
    }

    private static List<ChatMessage> added(ChatSession session, List<MessageDraft> drafts, long now) {
        List<ChatMessage> messages = new ArrayList<>(drafts.size());
        long seq = session.lastSeq() - drafts.size();
        Instant at = Instant.ofEpochMilli(now);
        for (MessageDraft draft : drafts) {
            messages.add(new ChatMessage(++seq, at, draft));
        }
        return messages;
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
