package dev.multichat.redis.internal.store;

import dev.multichat.api.ChatSession;
import dev.multichat.api.SessionId;
import dev.multichat.redis.internal.link.RedisLink;
import dev.multichat.redis.internal.link.Script;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * What the catalog, the message log and the owner index share: the connection, the key layout,
 * the scripts, the clock and what follows each write (change hint, replication wait). Thread-safe.
 *
 * @param link the shared connection
 * @param keys the key layout
 * @param scripts the Lua scripts
 * @param clock every timestamp and expiry decision comes from it
 * @param after the change hint and the {@code wait=N} setting
 */
public record RedisStorage(RedisLink link, Keys keys, Scripts scripts, Clock clock, AfterWrite after) {
    /**
     * Runs a session script on the session's three keys.
     *
     * @param script the script
     * @param id the session
     * @param args the script's arguments
     * @return the reply: a status string first
     */
    List<Object> run(Script script, SessionId id, String... args) {
        return link.eval(script, keys.session(id), args);
    }

    /**
     * Runs a session script whose trailing arguments let it, on a single server, move the
     * session's owner-index entry and publish the change hint itself, in the same round trip
     * (as the append script does): the owner-index key's start, the session id, the change
     * channel and how many of its subscribers are this store's own. On a cluster the index and
     * the channel are in other slots: those arguments are empty and the caller does both
     * ({@link OwnerIndex#touch}, {@link #written} with a hint).
     *
     * @param script the script (update or trim)
     * @param id the session
     * @param args the script's own arguments, before the trailing ones
     * @return the reply: a status string first
     */
    List<Object> runTouching(Script script, SessionId id, String... args) {
        String[] all = Arrays.copyOf(args, args.length + 4);
        all[args.length] = link.sharded() ? "" : keys.ownerStart();
        all[args.length + 1] = id.value();
        all[args.length + 2] = after.channel().fromScript();
        all[args.length + 3] = after.channel().ownListeners();
        return run(script, id, all);
    }

    /** @return the current time, in epoch milliseconds */
    long now() {
        return clock.millis();
    }

    /**
     * @param id the session
     * @param reply a script reply whose second element is the session hash
     * @return the session it describes
     */
    ChatSession session(SessionId id, List<Object> reply) {
        return SessionCodec.decode(id, (List<?>) reply.get(1), keys.session(id)[0]);
    }

    /**
     * After a write: publishes the change hint if asked (not when the script already did, nor
     * for a create, which no follower waits for) and waits for {@code wait=N} replicas, if configured.
     *
     * @param id the session written
     * @param what the operation
     * @param hint whether to publish the change hint now
     */
    void written(SessionId id, String what, boolean hint) {
        if (hint) {
            after.channel().publish(id.value());
        }
        after.replication().await(link, keys.session(id)[0], what);
    }
}
