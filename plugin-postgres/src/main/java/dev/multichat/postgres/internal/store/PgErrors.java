package dev.multichat.postgres.internal.store;

import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns the driver's errors into the store's exceptions, naming the server (never its
 * credentials) and what to do.
 */
final class PgErrors {
    /** serialization_failure, deadlock_detected: the server asks for the transaction to be re-run. */
    private static final String SERIALIZATION = "40001";
    private static final String DEADLOCK = "40P01";
    /** unique_violation: only a message id stored by a concurrent append, on our statements. */
    static final String UNIQUE = "23505";

    private final String where;

    /** @param where e.g. {@code postgresql://db:5432/app schema multichat} */
    PgErrors(String where) {
        this.where = where;
    }

    /** @return whether re-running the whole transaction is safe and may succeed */
    static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return SERIALIZATION.equals(state) || DEADLOCK.equals(state) || UNIQUE.equals(state);
    }

    /**
     * @param e the driver's (or pool's) exception
     * @param action what was being done, e.g. "appending to session 'a'"
     * @return the exception to throw, with {@code e} chained
     */
    StoreException map(SQLException e, String action) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String prefix = where + ": " + action + " failed";
        if (e instanceof SQLTransientConnectionException || serverGone(state)) {
            return new StoreUnavailableException(prefix + " (" + e.getMessage() + "); the server is down,"
                    + " unreachable or over its timeout: the call may or may not have taken effect, retry"
                    + " it (appends with message ids are safe to retry)", e);
        }
        if (retryable(e)) {
            return new StoreUnavailableException(prefix + ": the server rolled it back for a conflict with"
                    + " concurrent transactions (" + e.getMessage() + "), so nothing was written; retry it", e);
        }
        if (state.startsWith("28")) {
            return new StoreException(prefix + ": the server refused the login (" + e.getMessage()
                    + "); check the user and password of the store's URI or DataSource", e);
        }
        if ("3F000".equals(state) || "42P01".equals(state) || "42501".equals(state)) {
            return new StoreException(prefix + ": the store's schema or tables are missing or not"
                    + " accessible (" + e.getMessage() + "); reopen the store to recreate them, or grant"
                    + " the role access", e);
        }
        return new StoreUnavailableException(prefix + " (" + e.getMessage() + "); retry, and check the"
                + " server's log if it persists", e);
    }

    /**
     * @return whether the state says the connection, the server or its resources failed (or the
     *     statement was cancelled by its timeout), rather than the statement itself
     */
    private static boolean serverGone(String state) {
        return state.isEmpty() || state.startsWith("08") || state.startsWith("57") || state.startsWith("53")
                || state.startsWith("58");
    }
}
