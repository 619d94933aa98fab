package dev.multichat.redis.internal.link;

import io.lettuce.core.RedisFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-store pub/sub channel that carries change hints: {@code <prefix>:chg}, each message
 * a session id. On one server (or Sentinel) the append script publishes it itself
 * ({@code PUBLISH}, in the same round trip); other writes, and every write on a cluster,
 * publish right after, without waiting for the reply. On a cluster whose servers have sharded
 * pub/sub (Redis 7+) the hint is an {@code SPUBLISH}, which stays on the channel's shard; on
 * older servers it falls back to {@code PUBLISH}, which the cluster bus copies to every node.
 * A hint that is lost (disconnection, failover) only delays: the feed's periodic check heals.
 * Thread-safe.
 */
public final class ChangeChannel {
    private static final Pattern VERSION = Pattern.compile("redis_version:(\\d+)\\.");
    private static final int SHARDED_SINCE = 7;

    private final RedisLink link;
    private final String name;
    private final boolean sharded;
    private volatile boolean listening;

    private ChangeChannel(RedisLink link, String name, boolean sharded) {
        this.link = link;
        this.name = name;
        this.sharded = sharded;
    }

    /**
     * @param link the store's connection; on a cluster, one {@code INFO server} asks whether
     *     the servers have sharded pub/sub
     * @param prefix the store's key prefix
     * @return the store's channel
     */
    public static ChangeChannel of(RedisLink link, String prefix) {
        String name = prefix + ":chg";
        if (!link.sharded()) {
            return new ChangeChannel(link, name, false);
        }
        String info = link.await(link.commands().info("server"), "asking the server's version", "");
        Matcher version = VERSION.matcher(info);
        boolean sharded = version.find() && Integer.parseInt(version.group(1)) >= SHARDED_SINCE;
        return new ChangeChannel(link, name, sharded);
    }

    /** @return the channel's name */
    public String name() {
        return name;
    }

    /** @return whether hints are {@code SPUBLISH}ed and {@code SSUBSCRIBE}d (a cluster of Redis 7+) */
    public boolean sharded() {
        return sharded;
    }

    /** @return the channel the append script publishes to itself, or {@code ""} on a cluster (another slot) */
    public String fromScript() {
        return link.sharded() ? "" : name;
    }

    /**
     * @param now whether this store's own subscription to the channel is up (set by the store's
     *     change signals once subscribed, cleared when they close)
     */
    public void listening(boolean now) {
        listening = now;
    }

    /**
     * For the append script, which publishes only when someone besides this store listens
     * ({@code PUBSUB NUMSUB} above this count): a store alone on its prefix does not send every
     * append's hint back to itself.
     *
     * @return how many of the channel's subscribers are this store's own: "1" or "0"
     */
    public String ownListeners() {
        return listening ? "1" : "0";
    }

    /**
     * Publishes a hint without waiting for it: a failure is ignored (the hint only saves the
     * followers some latency).
     *
     * @param sessionId the session that changed
     */
    public void publish(String sessionId) {
        RedisFuture<Long> sent = sharded ? link.commands().spublish(name, sessionId)
                : link.commands().publish(name, sessionId);
        sent.exceptionally(failure -> 0L);
    }
}
