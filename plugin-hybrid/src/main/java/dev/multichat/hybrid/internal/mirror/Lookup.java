package dev.multichat.hybrid.internal.mirror;

import dev.multichat.api.ChatMessage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a cached copy said about a read.
 *
 * @param messages the answer, when the copy held it (null otherwise)
 * @param refill whether the copy was missing or untrusted, so a refill is worth it (false when the
 *     read is older than the window, or the fast tier is down)
 */
record Lookup(@Nullable List<ChatMessage> messages, boolean refill) {
    static final Lookup MISS = new Lookup(null, true);
    static final Lookup DURABLE = new Lookup(null, false);
}
