package dev.multichat.redis.internal.link;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.CommandOutput;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A script's reply as nested lists, like Lettuce's {@code NestedMultiOutput} for
 * {@code ScriptOutputType.MULTI}, except that a bulk string inside a nested array stays its bytes
 * ({@code byte[]}), for the caller to parse straight from them: a message read is never turned
 * into a {@link String} first. Bulk strings at the top level (the script's status) are
 * {@link String}s, integers {@link Long}s, nil is {@code null}. Filled by one connection's
 * decoder, then read by the caller: not thread-safe, and needs none.
 */
public final class BytesReply extends CommandOutput<String, String, List<Object>> {
    private final Deque<List<Object>> outer = new ArrayDeque<>();
    private List<Object> current;
    private int depth;

    /** An empty reply, to be filled by the connection. */
    public BytesReply() {
        super(StringCodec.UTF8, new ArrayList<>());
        current = output;
    }

    @Override
    public void set(ByteBuffer bytes) {
        if (bytes == null) {
            current.add(null);
        } else if (depth <= 1) {
            current.add(StandardCharsets.UTF_8.decode(bytes).toString());
        } else {
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            current.add(copy);
        }
    }

    @Override
    public void setSingle(ByteBuffer bytes) {
        current.add(bytes == null ? null : StandardCharsets.UTF_8.decode(bytes).toString());
    }

    @Override
    public void set(long integer) {
        current.add(integer);
    }

    @Override
    public void set(boolean value) {
        current.add(value);
    }

    @Override
    public void multi(int count) {
        List<Object> list = new ArrayList<>(Math.max(count, 0));
        if (depth == 0) {
            output = list;
        } else {
            current.add(list);
            outer.push(current);
        }
        current = list;
        depth++;
    }

    @Override
    public void complete(int depth) {
        if (depth > 0 && depth < this.depth) {
            current = outer.pop();
            this.depth--;
        }
    }
}
