package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.ChatSession;
import dev.multichat.api.CorruptDataException;
import dev.multichat.api.SessionId;
import dev.multichat.redis.internal.link.BytesList;
import dev.multichat.redis.internal.link.RedisLink;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.ValueListOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.util.List;

/**
 * A tail read without a script: {@code HMGET s l f e} (for a view, {@code HGETALL s}) and
 * {@code LRANGE m -n -1} handed to the shared connection together (Lettuce writes them in one
 * write and flush, in that order: one round trip, one system call; no {@code MULTI}, which the
 * shared connection cannot hold for one caller). Redis runs them in that order, maybe with other clients' commands
 * between. The session read decides not-found and expiry (by the store's clock, as the scripts
 * do) and which seqs the tail holds at that instant; the answer stands only if the list's
 * elements (each starts with its seq) are exactly those seqs, so it is the tail at the session
 * read's instant. Anything else (a write between the two: append, trim, delete, re-create) is
 * a race: the caller reads with the script instead. The README's "Why a pipelined tail is
 * linearizable" goes through every interleaving. Thread-safe.
 */
final class PipelinedTail {
    private PipelinedTail() {
    }

    /**
     * What the two commands said.
     *
     * @param found whether the session exists and has not expired
     * @param session the session (for a view), else null
     * @param messages the tail, or null if a write raced the read
     */
    record Answer(boolean found, ChatSession session, List<ChatMessage> messages) {
        static final Answer NOT_FOUND = new Answer(false, null, List.of());

        /** @return whether a write came between the two commands: read with the script */
        boolean raced() {
            return found && messages == null;
        }
    }

    /**
     * @param storage the shared storage
     * @param id the session
     * @param n how many of the newest messages
     * @param view whether the session is wanted too ({@code HGETALL} instead of {@code HMGET})
     * @return the answer
     */
    static Answer read(RedisStorage storage, SessionId id, int n, boolean view) {
        String[] keys = storage.keys().session(id);
        long now = storage.now();
        RedisLink link = storage.link();
        CommandArgs<String, String> head = new CommandArgs<>(StringCodec.UTF8).addKey(keys[0]);
        AsyncCommand<String, String, List<String>> session = new AsyncCommand<>(new Command<>(
                view ? CommandType.HGETALL : CommandType.HMGET, new ValueListOutput<>(StringCodec.UTF8),
                view ? head : head.add("l").add("f").add("e")));
        AsyncCommand<String, String, List<byte[]>> tail = new AsyncCommand<>(new Command<>(CommandType.LRANGE,
                new BytesList(), new CommandArgs<>(StringCodec.UTF8).addKey(keys[1]).add(-n).add(-1)));
        link.connection().dispatch(List.of(session, tail));
        String what = "reading the tail of session '" + id + "'";
        List<String> fields = link.await(session, what, keys[0]);
        List<byte[]> elements = link.await(tail, what, keys[1]);
        if (view) {
            ChatSession live = SessionCodec.decode(id, fields, keys[0]);
            if (live == null || expired(field(fields, "e"), now, keys[0])) {
                return Answer.NOT_FOUND;
            }
            long last = live.lastSeq();
            return answer(live, last, Math.min(n, last - number(field(fields, "f"), keys[0])), elements, keys[1]);
        }
        if (fields.get(0) == null || expired(fields.get(2), now, keys[0])) {
            return Answer.NOT_FOUND;
        }
        long last = number(fields.get(0), keys[0]);
        return answer(null, last, Math.min(n, last - number(fields.get(1), keys[0])), elements, keys[1]);
    }

    /** @return the answer if the elements are exactly the {@code count} seqs ending at {@code last}, else a race */
    private static Answer answer(ChatSession session, long last, long count, List<byte[]> elements, String key) {
        if (elements.size() != count) {
            return new Answer(true, session, null);
        }
        return new Answer(true, session, Elements.consecutive(elements, last - count + 1, key));
    }

    private static boolean expired(String expiresAt, long now, String key) {
        long e = number(expiresAt, key);
        return e > 0 && e <= now;
    }

    /** @return the value of a field of a flat hash (field, value, field, value...), or null */
    private static String field(List<String> flat, String name) {
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            if (name.equals(flat.get(i))) {
                return flat.get(i + 1);
            }
        }
        return null;
    }

    private static long number(String value, String key) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CorruptDataException("redis key '" + key + "' is not a session hash this store wrote (a seq"
                    + " or time is " + value + "); delete the key or restore it from a backup", e);
        }
    }
}
