package dev.multichat.redis.internal.link;

import dev.multichat.api.StoreException;
import dev.multichat.api.StoreHealth;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A store's health: whether the shared connection is open and a {@code PING} answers within
 * the timeout, and on a cluster every node Lettuce knows with its role and slot count.
 */
public final class Health {
    private Health() {
    }

    /**
     * @param link the connection
     * @param target where Redis is
     * @param settings facts to add (prefix, wait...)
     * @return UP when PING answers, DOWN (with the reason) otherwise; never throws
     */
    public static StoreHealth of(RedisLink link, RedisTarget target, Map<String, String> settings) {
        Map<String, String> details = new LinkedHashMap<>(settings);
        details.put("server", target.redacted());
        details.put("mode", target.mode().name().toLowerCase(Locale.ROOT));
        details.put("connected", Boolean.toString(link.connection().isOpen()));
        if (link.connection() instanceof StatefulRedisClusterConnection<String, String> cluster) {
            details.put("nodes", nodes(cluster));
        }
        try {
            link.await(link.commands().ping(), "answering PING", "");
            return new StoreHealth(StoreHealth.Status.UP, "redis answers at " + target.redacted(), details);
        } catch (StoreException e) {
            return new StoreHealth(StoreHealth.Status.DOWN, e.getMessage(), details);
        }
    }

    private static String nodes(StatefulRedisClusterConnection<String, String> cluster) {
        StringJoiner nodes = new StringJoiner(", ");
        for (RedisClusterNode node : cluster.getPartitions()) {
            String role = node.is(RedisClusterNode.NodeFlag.UPSTREAM) ? "master" : "replica";
            String state = node.is(RedisClusterNode.NodeFlag.FAIL) || node.is(RedisClusterNode.NodeFlag.EVENTUAL_FAIL)
                    ? " failing" : "";
            nodes.add(node.getUri().getHost() + ":" + node.getUri().getPort() + " " + role + state + " "
                    + node.getSlots().size() + " slots");
        }
        return nodes.toString();
    }
}
