package dev.multichat.postgres.internal.store;

import dev.multichat.api.StoreHealth;
import dev.multichat.postgres.internal.feed.PgNotifier;
import dev.multichat.spi.StoreLifecycle;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Health and close of a PostgreSQL store: the change notifier sends what is pending and stops,
 * the sweeper stops, then the pool closes if the store opened it (an application's own
 * DataSource is left open). Thread-safe.
 */
public final class PgLifecycle implements StoreLifecycle {
    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final DataSource pool;
    private final Sweeper sweeper;
    private final PgNotifier notifier;
    private final AutoCloseable owned;
    private final Map<String, String> details;

    /**
     * @param pool the connections
     * @param sweeper the store's sweeper
     * @param notifier the store's change notifier
     * @param owned what to close with the store (the pool it opened), or null
     * @param details server, schema and settings, without credentials
     */
    public PgLifecycle(DataSource pool, Sweeper sweeper, PgNotifier notifier, AutoCloseable owned,
                       Map<String, String> details) {
        this.pool = pool;
        this.sweeper = sweeper;
        this.notifier = notifier;
        this.owned = owned;
        this.details = Map.copyOf(details);
    }

    /** @return UP if a connection answers, DOWN (with the reason) if not */
    @Override
    public StoreHealth health() {
        try (Connection c = pool.getConnection()) {
            if (c.isValid(HEALTH_TIMEOUT_SECONDS)) {
                return new StoreHealth(StoreHealth.Status.UP, "postgresql server answers", details);
            }
            return new StoreHealth(StoreHealth.Status.DOWN, "postgresql connection did not answer within "
                    + HEALTH_TIMEOUT_SECONDS + "s", details);
        } catch (SQLException e) {
            return new StoreHealth(StoreHealth.Status.DOWN, "no connection to the postgresql server: "
                    + e.getMessage(), details);
        }
    }

    /** @return deletes expired sessions now */
    public Sweeper sweeper() {
        return sweeper;
    }

    @Override
    public void close() {
        notifier.close();
        sweeper.close();
        if (owned != null) {
            try {
                owned.close();
            } catch (Exception e) {
                throw new dev.multichat.api.StoreException("closing the postgresql pool failed: " + e.getMessage()
                        + "; committed data is unaffected", e);
            }
        }
    }
}
