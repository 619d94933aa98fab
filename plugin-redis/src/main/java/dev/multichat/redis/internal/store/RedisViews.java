package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionNotFoundException;
import dev.multichat.api.SessionView;
import dev.multichat.redis.internal.link.BytesReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Range reads, for {@link RedisMessageLog#read} and for {@code SessionStore.view}, one round trip
 * each: a tail through {@link PipelinedTail} (no script; when a write raced its two commands, the
 * read script instead), any other range through the read script, which with the view flag also
 * answers the session hash, read in the same script run, so the session and its messages come
 * from one state of the server. Every element is checked to hold the seq asked for. Replies are
 * decoded straight from their bytes ({@link BytesReply}). Thread-safe.
 */
final class RedisViews {
    private RedisViews() {
    }

    /**
     * @return the script's reply: {@code nf}, or {@code ok}, the first seq, the messages' bytes
     *     and (with {@code view}) the session hash's fields and values as bytes
     */
    private static List<Object> run(RedisStorage storage, SessionId id, MessageRange range, boolean view) {
        String kind = range.kind().name().toLowerCase(Locale.ROOT);
        return storage.link().eval(storage.scripts().read(), storage.keys().session(id), BytesReply::new,
                Long.toString(storage.now()), kind, Long.toString(range.afterSeq()),
                Integer.toString(range.limit()), view ? "1" : "");
    }

    /**
     * @return the messages of a range: a tail through {@link PipelinedTail} (falling back to the
     *     script when a write raced it), any other range through the script
     * @throws SessionNotFoundException if the session does not exist or has expired
     */
    static List<ChatMessage> read(RedisStorage storage, SessionId id, MessageRange range) {
        if (range.kind() == MessageRange.Kind.TAIL) {
            PipelinedTail.Answer answer = PipelinedTail.read(storage, id, range.limit(), false);
            if (!answer.found()) {
                throw new SessionNotFoundException(id);
            }
            if (!answer.raced()) {
                return answer.messages();
            }
        }
        List<Object> reply = run(storage, id, range, false);
        if ("nf".equals(reply.get(0))) {
            throw new SessionNotFoundException(id);
        }
        return messages(storage, id, reply);
    }

    /** @return the session and the range of its messages, or empty if missing or expired */
    static Optional<SessionView> view(RedisStorage storage, SessionId id, MessageRange range) {
        if (range.kind() == MessageRange.Kind.TAIL) {
            PipelinedTail.Answer answer = PipelinedTail.read(storage, id, range.limit(), true);
            if (!answer.found()) {
                return Optional.empty();
            }
            if (!answer.raced()) {
                return Optional.of(new SessionView(answer.session(), answer.messages()));
            }
        }
        List<Object> reply = run(storage, id, range, true);
        if ("nf".equals(reply.get(0))) {
            return Optional.empty();
        }
        List<?> hash = (List<?>) reply.get(3);
        List<String> fields = new ArrayList<>(hash.size());
        for (Object field : hash) {
            fields.add(new String((byte[]) field, StandardCharsets.UTF_8));
        }
        ChatSession session = SessionCodec.decode(id, fields, storage.keys().session(id)[0]);
        return Optional.of(new SessionView(session, messages(storage, id, reply)));
    }

    /** @return the messages of an {@code ok} reply of {@link #run}, checked to hold the seqs asked for */
    private static List<ChatMessage> messages(RedisStorage storage, SessionId id, List<Object> reply) {
        long first = (Long) reply.get(1);
        List<?> values = (List<?>) reply.get(2);
        String key = storage.keys().session(id)[1];
        List<ChatMessage> messages = Elements.consecutive(values, first, key);
        if (messages == null) {
            throw new CorruptDataException("redis key '" + key + "' does not hold the seqs from " + first
                    + " on in order: the list is not the one this store keeps; restore the session from a"
                    + " backup or delete it");
        }
        return messages;
    }
}
