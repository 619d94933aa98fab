package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.MessageRange;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionView;
import dev.multichat.redis.internal.link.BytesReply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Range reads through the read script (one round trip), for {@link RedisMessageLog#read} and for
 * {@code SessionStore.view}: with the view flag the same script also answers the session hash,
 * read in the same script run, so the session and its messages come from one state of the server
 * and the range logic exists once. Replies are decoded straight from their bytes
 * ({@link BytesReply}). Thread-safe.
 */
final class RedisViews {
    private RedisViews() {
    }

    /**
     * @return the script's reply: {@code nf}, or {@code ok}, the first seq, the messages' bytes
     *     and (with {@code view}) the session hash's fields and values as bytes
     */
    static List<Object> run(RedisStorage storage, SessionId id, MessageRange range, boolean view) {
        String kind = range.kind().name().toLowerCase(Locale.ROOT);
        return storage.link().eval(storage.scripts().read(), storage.keys().session(id), BytesReply::new,
                Long.toString(storage.now()), kind, Long.toString(range.afterSeq()),
                Integer.toString(range.limit()), view ? "1" : "");
    }

    /** @return the messages of an {@code ok} reply of {@link #run}, decoded from their bytes */
    static List<ChatMessage> messages(RedisStorage storage, SessionId id, List<Object> reply) {
        long first = (Long) reply.get(1);
        List<?> values = (List<?>) reply.get(2);
        String key = storage.keys().session(id)[1];
        List<ChatMessage> messages = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            messages.add(MessageCodec.decode(first + i, (byte[]) values.get(i), key));
        }
        return messages;
    }

    /** @return the session and the range of its messages, or empty if missing or expired */
    static Optional<SessionView> view(RedisStorage storage, SessionId id, MessageRange range) {
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
}
