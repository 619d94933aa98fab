package dev.multichat.redis.internal.link;

import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.CommandOutput;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A flat array reply (such as {@code LRANGE}'s) as a list of each element's bytes, for the caller
 * to parse straight from them (no {@link String} of each element first); nil is {@code null}.
 * Filled by one connection's decoder, then read by the caller: not thread-safe, and needs none.
 */
public final class BytesList extends CommandOutput<String, String, List<byte[]>> {
    /** An empty reply, to be filled by the connection. */
    public BytesList() {
        super(StringCodec.UTF8, new ArrayList<>());
    }

    @Override
    public void set(ByteBuffer bytes) {
        if (bytes == null) {
            output.add(null);
        } else {
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            output.add(copy);
        }
    }

    @Override
    public void multi(int count) {
        if (output.isEmpty() && count > 0) {
            output = new ArrayList<>(count);
        }
    }
}
