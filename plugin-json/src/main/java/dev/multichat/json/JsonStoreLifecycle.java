package dev.multichat.json;

import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.spi.StoreLifecycle;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON store's health and close, and its background sweep. Opening clears trash, cuts torn
 * log tails and builds the listing index (see the module README for the layout, the line format
 * and the durability of each fsync mode). Thread-safe; several processes may open the same
 * directory.
 */
final class JsonStoreLifecycle implements StoreLifecycle {
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
        return new StoreHealth(StoreHealth.Status.UP, "json files in " + ctx.paths.root(),
                Map.of("directory", ctx.paths.root().toString(), "fsync", ctx.fsync.name().toLowerCase(Locale.ROOT)));
    }

    /** Runs one sweep now: removes expired sessions and re-reads the listing index (for tests). */
    void sweepNow() throws IOException {
        scan.run(true);
    }

    @Override
    public void close() {
        if (sweeper != null) {
            sweeper.close();
        }
        try {
            ctx.close();
        } catch (IOException e) {
            throw new StoreUnavailableException("closing the lock file of " + ctx.paths.root()
                    + " failed (" + e.getMessage() + "); nothing was lost, the store is closed", e);
        }
    }
}
