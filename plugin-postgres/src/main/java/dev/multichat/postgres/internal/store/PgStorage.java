package dev.multichat.postgres.internal.store;

import dev.multichat.api.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * What the catalog, the message log and the sweeper share: the connections, the schema's
 * statements, row mapping, the clock and error mapping. Runs each unit of work on a pooled
 * connection and re-runs it, a few times, when the server reports a serialization failure, a
 * deadlock or a concurrent duplicate message id (the re-run sees the other transaction's
 * commit; a write is re-run only when the failed attempt committed nothing). Thread-safe.
 */
public final class PgStorage {
    private static final int ATTEMPTS = 5;

    private final DataSource pool;
    private final String schema;
    private final Clock clock;
    private final PgErrors errors;
    private final Rows rows;

    /**
     * @param pool where connections come from
     * @param schema the schema's name, unquoted (a lower-case identifier, checked by the settings)
     * @param clock every timestamp and expiry decision
     * @param where the server and schema, for messages (no credentials)
     */
    public PgStorage(DataSource pool, String schema, Clock clock, String where) {
        this.pool = pool;
        this.schema = '"' + schema + '"';
        this.clock = clock;
        this.errors = new PgErrors(where);
        this.rows = new Rows(where);
    }

    /**
     * @param template SQL with {@code {s}} where the quoted schema goes
     * @return the statement for this store's schema
     */
    String sql(String template) {
        return template.replace("{s}", schema);
    }

    /** Runs {@code work} in auto-commit mode (one statement is one transaction). */
    <T> T call(String action, Work<T> work) {
        return run(action, work, false);
    }

    /** Runs {@code work} as one transaction, committed if it returns, rolled back if it throws. */
    <T> T transaction(String action, Work<T> work) {
        return run(action, work, true);
    }

    private <T> T run(String action, Work<T> work, boolean transaction) {
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection c = pool.getConnection()) {
                return transaction ? inTransaction(c, work) : work.run(c);
            } catch (SQLException e) {
                if (!PgErrors.retryable(e)) {
                    throw errors.map(e, action);
                }
                last = e;
            }
        }
        throw errors.map(last, action + " (tried " + ATTEMPTS + " times)");
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** @return the current time in epoch milliseconds, from the store's clock */
    long now() {
        return clock.millis();
    }

    /** @return row mapping */
    Rows rows() {
        return rows;
    }

    /** @return a StoreException for a failure outside {@link #call} */
    StoreException map(SQLException e, String action) {
        return errors.map(e, action);
    }
}
