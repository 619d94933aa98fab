package dev.multichat.json;

import dev.multichat.api.StoreHealth;
import dev.multichat.spi.StoreLifecycle;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON store's health and close, and its background sweep. Opening clears trash, cuts torn
 * log tails and builds the listing index (see the module README for the layout, the line format
 * and the durability of each fsync mode). Thread-safe; several processes may open the same
 * directory.
 */
final class JsonStoreLifecycle implements StoreLifecycle {
    /** How long close waits for the calls already running. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(JsonStoreLifecycle.class);
    private final StoreContext ctx;
    private final StoreScan scan;
    private final Sweeper sweeper;

    /** Opens the store: clears trash, cuts torn log tails, builds the listing index. */
    JsonStoreLifecycle(StoreContext ctx, Lifecycle lifecycle, Duration sweepInterval) throws IOException {
        this.ctx = ctx;
        this.scan = new StoreScan(ctx, lifecycle);
        scan.clearTrash();
        scan.run(false);
        this.sweeper = sweepInterval == null ? null
                : new Sweeper(scan, sweepInterval, ctx.paths.root().toString());
    }

    @Override
    public StoreHealth health() {
        Map<String, String> details = new LinkedHashMap<>(ctx.repair.details());
        details.put("directory", ctx.paths.root().toString());
        details.put("fsync", ctx.fsync.name().toLowerCase(Locale.ROOT));
        long cuts = ctx.repair.cuts();
        String detail = "json files in " + ctx.paths.root() + (cuts == 0 ? ""
                : "; cut " + cuts + " torn log tail(s) since open, kept in messages.jsonl.broken beside each log");
        return new StoreHealth(StoreHealth.Status.UP, detail, details);
    }

    /** Runs one sweep now: removes expired sessions and re-reads the listing index (for tests). */
    void sweepNow() throws IOException {
        scan.run(true);
    }

    /**
     * Refuses new calls at once; waits up to {@link #CLOSE_WAIT} for the calls already running,
     * which complete normally (what they acknowledge is durable as the fsync mode says). If
     * some are still running then (blocked behind another process's lock, say), close returns
     * and the last of them releases this store's share of the directory's locks as it finishes.
     * A sweep in progress stops at its next session.
     */
    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.close();
        }
        try {
            if (!ctx.close(CLOSE_WAIT)) {
                LOG.info("closed {} with calls still running; they finish normally and the last one"
                        + " releases the store's locks", ctx.paths.root());
            }
            if (sweeper != null) {
                sweeper.awaitEnd(CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
