package dev.multichat.redis.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts real {@code redis-server} processes on free loopback ports before a test class's
 * tests and stops them (and deletes their files) after them; a JVM shutdown hook kills any
 * still running. Uses {@code redis-server} from {@code PATH}, else the binary inside
 * {@code com.github.codemonstur:embedded-redis} (test scope). Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final RedisServerExtension REDIS = RedisServerExtension.single("--appendonly", "yes");
 * ...
 * SessionStores.open(REDIS.uri() + "?prefix=t1");
 * }</pre>
 *
 * Published in this module's test-jar ({@code <type>test-jar</type>}) for other modules' tests.
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<RedisSetup> starter;
    private RedisSetup setup;

    private RedisServerExtension(Supplier<RedisSetup> starter) {
        this.starter = starter;
    }

    /**
     * @param args extra redis-server configuration, e.g. {@code --appendonly yes}
     * @return an extension running one server
     */
    public static RedisServerExtension single(String... args) {
        return new RedisServerExtension(() -> RedisProcess.start(false, args));
    }

    /**
     * @param masters how many masters
     * @param withReplicas whether each master gets a replica
     * @param args extra configuration for every node
     * @return an extension running a cluster
     */
    public static RedisServerExtension cluster(int masters, boolean withReplicas, String... args) {
        return new RedisServerExtension(() -> RedisClusterSetup.start(masters, withReplicas, args));
    }

    /** @return an extension running a master, a replica and a sentinel */
    public static RedisServerExtension sentinel() {
        return new RedisServerExtension(SentinelSetup::start);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        setup = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (setup != null) {
            setup.close();
            setup = null;
        }
    }

    /** @return the running set-up's store URI (without options) */
    public String uri() {
        return setup().uri();
    }

    /**
     * @param <T> {@link RedisProcess}, {@link RedisClusterSetup} or {@link SentinelSetup}
     * @return the running set-up
     */
    @SuppressWarnings("unchecked")
    public <T extends RedisSetup> T setup() {
        if (setup == null) {
            throw new IllegalStateException("the redis set-up runs only between beforeAll and afterAll;"
                    + " register the extension on a static field");
        }
        return (T) setup;
    }
}
