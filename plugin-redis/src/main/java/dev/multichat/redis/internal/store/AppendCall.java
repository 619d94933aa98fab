package dev.multichat.redis.internal.store;

import dev.multichat.api.Expect;
import dev.multichat.api.MessageDraft;
import dev.multichat.api.SessionId;
import dev.multichat.redis.internal.link.ChangeChannel;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs the append script for one call: picks the script (the replay-safe copy when every draft
 * has an id), and lays out its arguments (see {@code append.lua}): now, expected version, n,
 * n ids, n encoded messages, the owner index's key start (one server only), the session id,
 * the change channel (one server only), for a batch with drafts without ids a token naming
 * this call (64 random bits), so a call Lettuce re-sends after a reconnect is returned, not
 * stored twice, how many of the channel's subscribers are this store's own (the script
 * publishes the hint only when there are more), and for an append that also replaces the
 * session's metadata ({@link dev.multichat.spi.StampedAppends}) the new metadata.
 */
final class AppendCall {
    private AppendCall() {
    }

    /**
     * @param storage the shared storage
     * @param batch what to append
     * @param now the append's time
     * @return the script's reply
     */
    static List<Object> run(RedisStorage storage, Batch batch, long now) {
        SessionId id = batch.id();
        List<MessageDraft> drafts = batch.drafts();
        boolean allIds = true;
        for (MessageDraft draft : drafts) {
            allIds &= draft.id() != null;
        }
        boolean single = !storage.link().sharded();
        ChangeChannel channel = storage.after().channel();
        String[] trailing = {single ? storage.keys().ownerStart() : "", id.value(), channel.fromScript(),
            allIds ? "" : Long.toHexString(ThreadLocalRandom.current().nextLong()), channel.ownListeners(),
            batch.metadata().isEmpty() ? "0" : "1", batch.metadata()};
        Scripts scripts = storage.scripts();
        return storage.run(allIds ? scripts.appendWithIds() : scripts.append(), id,
                arguments(drafts, batch.expect(), now, trailing));
    }

    private static String[] arguments(List<MessageDraft> drafts, Expect expect, long now, String[] trailing) {
        int n = drafts.size();
        String[] args = new String[3 + 2 * n + trailing.length];
        System.arraycopy(trailing, 0, args, 3 + 2 * n, trailing.length);
        args[0] = Long.toString(now);
        args[1] = Long.toString(expect.expected());
        args[2] = Integer.toString(n);
        Instant at = Instant.ofEpochMilli(now);
        for (int k = 0; k < n; k++) {
            MessageDraft draft = drafts.get(k);
            args[3 + k] = draft.id() == null ? "" : draft.id();
            args[3 + n + k] = MessageCodec.encode(draft, at);
        }
        return args;
    }

    /**
     * One append call.
     *
     * @param id the session
     * @param drafts the batch
     * @param expect checked against the version before the append
     * @param metadata the session's new metadata as the session hash stores it (JSON), or
     *     {@code ""} for a plain append
     */
    record Batch(SessionId id, List<MessageDraft> drafts, Expect expect, String metadata) {
    }
}
