package dev.multichat.redis.internal.store;

import dev.multichat.api.Appended;
import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.spi.ReplayDecision;
import dev.multichat.spi.SessionRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The append script's outcome turned into the answer (see {@link RedisMessageLog}): a refusal
 * into the shared rules' exception, a replay into the stored messages, a write into the
 * appended messages; the owner index's early move (on a cluster) is settled either way. Thread-safe.
 */
final class RedisAppends {
    private final RedisStorage storage;
    private final IndexTouch touch;

    RedisAppends(RedisStorage storage, IndexTouch touch) {
        this.storage = storage;
        this.touch = touch;
    }

    /** @return what the append (with its metadata, for a stamped batch) stored or found stored */
    Appended run(AppendCall.Batch batch) {
        SessionId id = batch.id();
        long now = storage.now();
        IndexTouch.Ahead ahead = touch.send(id, now);
        List<Object> reply = AppendCall.run(storage, batch, now);
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
                SessionRules.checkVersion(id, batch.expect(), current.version());
                throw new IllegalStateException("the append script reported a version conflict that is none");
            }
            case "rp" -> {
                ReplayDecision.decide(id, batch.drafts().size(), strings(reply.get(2)));
                return replayed(id, reply, what, ahead);
            }
            case "rt" -> {
                return replayed(id, reply, what, ahead);
            }
            default -> {
                ChatSession session = storage.session(id, reply);
                storage.written(id, what, storage.after().channel().fromScript().isEmpty());
                touch.done(ahead, session, true);
                return new Appended(session, added(session, batch.drafts(), now), false);
            }
        }
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
