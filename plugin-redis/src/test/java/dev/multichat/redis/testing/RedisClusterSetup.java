package dev.multichat.redis.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A real Redis Cluster on loopback: N masters sharing the 16,384 slots evenly (CLUSTER MEET,
 * CLUSTER ADDSLOTS), optionally one replica per master (CLUSTER REPLICATE), ready once every
 * node reports {@code cluster_state:ok}. Node timeout 2 s, so a killed master's replica is
 * promoted within seconds.
 */
public final class RedisClusterSetup implements RedisSetup {
    private static final int SLOTS = 16_384;
    private final List<RedisProcess> masters;
    private final List<RedisProcess> replicas;

    private RedisClusterSetup(List<RedisProcess> masters, List<RedisProcess> replicas) {
        this.masters = masters;
        this.replicas = replicas;
    }

    /**
     * @param masterCount masters (at least 1)
     * @param withReplicas whether each master gets one replica
     * @param args extra configuration for every node, e.g. {@code --appendonly yes}
     * @return the cluster, ready
     */
    public static RedisClusterSetup start(int masterCount, boolean withReplicas, String... args) {
        List<RedisProcess> masters = new ArrayList<>();
        List<RedisProcess> replicas = new ArrayList<>();
        RedisClusterSetup cluster = new RedisClusterSetup(masters, replicas);
        try {
            for (int i = 0; i < masterCount * (withReplicas ? 2 : 1); i++) {
                RedisProcess node = RedisProcess.start(true, node(args));
                (i < masterCount ? masters : replicas).add(node);
            }
            cluster.form();
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw new IllegalStateException("cannot form a redis cluster: " + e.getMessage(), e);
        }
    }

    /** @return {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,...} over the masters */
    @Override
    public String uri() {
        StringJoiner hosts = new StringJoiner(",", "redis-cluster://", "");
        masters.forEach(m -> hosts.add("127.0.0.1:" + m.port()));
        return hosts.toString();
    }

    /** @return the masters, in slot order (master 0 holds the lowest slots) */
    public List<RedisProcess> masters() {
        return List.copyOf(masters);
    }

    /**
     * Waits until the replica of a master reports itself master and every live node reports
     * {@code cluster_state:ok} (after the master was killed).
     *
     * @param index the killed master's index
     * @return the promoted replica
     */
    public RedisProcess awaitPromotion(int index) {
        RedisProcess replica = replicas.get(index);
        Await.until(() -> String.valueOf(Resp.once(replica.port(), "INFO", "replication")).contains("role:master"));
        for (RedisProcess node : live()) {
            Await.until(() -> String.valueOf(Resp.once(node.port(), "CLUSTER", "INFO")).contains("cluster_state:ok"));
        }
        return replica;
    }

    @Override
    public void close() {
        masters.forEach(RedisProcess::close);
        replicas.forEach(RedisProcess::close);
    }

    private void form() throws IOException {
        List<RedisProcess> all = live();
        for (RedisProcess node : all) {
            Resp.once(all.get(0).port(), "CLUSTER", "MEET", "127.0.0.1", Integer.toString(node.port()));
        }
        for (int m = 0; m < masters.size(); m++) {
            List<String> command = new ArrayList<>(List.of("CLUSTER", "ADDSLOTS"));
            for (int slot = m * SLOTS / masters.size(); slot < (m + 1) * SLOTS / masters.size(); slot++) {
                command.add(Integer.toString(slot));
            }
            Resp.once(masters.get(m).port(), command.toArray(String[]::new));
        }
        for (RedisProcess node : all) {
            Await.until(() -> String.valueOf(Resp.once(node.port(), "CLUSTER", "INFO"))
                    .contains("cluster_known_nodes:" + all.size()));
        }
        for (int r = 0; r < replicas.size(); r++) {
            String master = String.valueOf(Resp.once(masters.get(r).port(), "CLUSTER", "MYID"));
            Resp.once(replicas.get(r).port(), "CLUSTER", "REPLICATE", master);
        }
        for (RedisProcess node : all) {
            Await.until(() -> String.valueOf(Resp.once(node.port(), "CLUSTER", "INFO")).contains("cluster_state:ok"));
        }
        for (RedisProcess replica : replicas) {
            Await.until(() -> String.valueOf(Resp.once(replica.port(), "INFO", "replication"))
                    .contains("master_link_status:up"));
        }
    }

    private List<RedisProcess> live() {
        List<RedisProcess> all = new ArrayList<>(masters);
        all.addAll(replicas);
        all.removeIf(node -> !node.isAlive());
        return all;
    }

    private static String[] node(String... args) {
        List<String> all = new ArrayList<>(List.of("--cluster-enabled", "yes", "--cluster-config-file",
                "nodes.conf", "--cluster-node-timeout", "2000", "--save", ""));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }
}
