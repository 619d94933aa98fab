package dev.multichat.redis.internal.link;

import dev.multichat.api.InvalidInputException;
import io.lettuce.core.RedisURI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a store's Redis is: one server, a Sentinel set-up or a cluster's seed nodes, parsed
 * with Lettuce's own {@link RedisURI} rules, and a description with the credentials removed.
 *
 * @param mode how the servers are organised
 * @param uris one URI (a server, or Sentinel with all its sentinels) or a cluster's seed nodes
 * @param redacted the location without credentials, for messages and health
 */
public record RedisTarget(Mode mode, List<RedisURI> uris, String redacted) {
    /** How the Redis servers are organised. */
    public enum Mode {
        /** One server ({@code redis://}, {@code rediss://}). */
        STANDALONE,
        /** A master found through Sentinel ({@code redis-sentinel://...#master}). */
        SENTINEL,
        /** Redis Cluster, from one or more seed nodes ({@code redis-cluster://h1:p1,h2:p2}). */
        CLUSTER
    }

    /** Compact constructor: copies the list. */
    public RedisTarget {
        uris = List.copyOf(uris);
    }

    /**
     * @param scheme the store URI's scheme
     * @param rest what follows the scheme's colon, without the query (may end in {@code #master})
     * @param timeout the command timeout, also set on every URI
     * @return the target
     * @throws InvalidInputException if the location is malformed; the message holds no credential
     */
    public static RedisTarget parse(String scheme, String rest, Duration timeout) {
        String lower = scheme.toLowerCase(Locale.ROOT);
        String redacted = Redacted.uri(lower + ":" + rest);
        try {
            if (lower.endsWith("-cluster")) {
                return new RedisTarget(Mode.CLUSTER, seeds(lower.replace("-cluster", ""), rest, timeout), redacted);
            }
            Mode mode = lower.endsWith("-sentinel") ? Mode.SENTINEL : Mode.STANDALONE;
            if (mode == Mode.SENTINEL && (!rest.contains("#") || rest.endsWith("#"))) {
                throw new InvalidInputException("redis store uri '" + redacted + "' names no Sentinel master;"
                        + " end it with #<master name>, e.g. redis-sentinel://host:26379/0#mymaster");
            }
            RedisURI uri = RedisURI.create(lower + ":" + rest);
            uri.setTimeout(timeout);
            return new RedisTarget(mode, List.of(uri), redacted);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Lettuce's message may quote the URI with its password: it is not passed on.
            throw new InvalidInputException("redis store uri '" + redacted + "' is malformed; write"
                    + " redis://[user:password@]host:port/db, rediss://..., redis-sentinel://host:port,...#master"
                    + " or redis-cluster://host:port,host:port (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static List<RedisURI> seeds(String scheme, String rest, Duration timeout) {
        if (!rest.startsWith("//") || rest.length() == 2) {
            throw new IllegalArgumentException("no hosts");
        }
        String authority = rest.substring(2);
        int slash = authority.indexOf('/');
        String path = slash < 0 ? "" : authority.substring(slash);
        String hosts = slash < 0 ? authority : authority.substring(0, slash);
        int at = hosts.lastIndexOf('@');
        String userInfo = at < 0 ? "" : hosts.substring(0, at + 1);
        List<RedisURI> seeds = new ArrayList<>();
        for (String host : hosts.substring(at + 1).split(",")) {
            RedisURI uri = RedisURI.create(scheme + "://" + userInfo + host.trim() + path);
            uri.setTimeout(timeout);
            seeds.add(uri);
        }
        return seeds;
    }

    @Override
    public String toString() {
        return redacted;
    }
}
