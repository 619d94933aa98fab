package dev.multichat.sqlite.internal.sql;

import dev.multichat.api.CorruptDataException;
import dev.multichat.api.StoreClosedException;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Turns SQLite's errors into the store's exceptions, naming the database and what to do. Once
 * the store is closing, every failure is reported as {@link StoreClosedException} (a read whose
 * connection the closing pool took away, a write queued behind the close): the call was not
 * applied because of the close, and a retry on this store cannot succeed. Thread-safe.
 */
public final class SqlErrors {
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int CONSTRAINT = 19;
    private static final int NOTADB = 26;

    private final Path path;
    private final Duration busyTimeout;
    private volatile boolean closing;

    public SqlErrors(Path path, Duration busyTimeout) {
        this.path = path;
        this.busyTimeout = busyTimeout;
    }

    /**
     * @param e the driver's exception
     * @param action what was being done, e.g. "appending to session 'a'"
     * @return the exception to throw, with {@code e} chained
     */
    public StoreException map(SQLException e, String action) {
        if (closing) {
            return new StoreClosedException("sqlite:" + path, e);
        }
        String where = "sqlite database " + path + ": " + action + " failed";
        return switch (e.getErrorCode() & 0xff) {
            case BUSY, LOCKED -> new StoreUnavailableException(where + " because another connection or"
                    + " process held the lock longer than busy_timeout=" + busyTimeout.toMillis()
                    + "ms; the write was not applied: retry (appends with message ids are safe to"
                    + " retry) or raise busy_timeout", e);
            case CORRUPT, NOTADB -> new CorruptDataException(where + ": the file is damaged ("
                    + e.getMessage() + "); restore it from a backup", e);
            case READONLY, CANTOPEN -> new StoreUnavailableException(where + ": the file cannot be"
                    + " opened for writing (" + e.getMessage() + "); check its permissions and those"
                    + " of its directory", e);
            case FULL -> new StoreUnavailableException(where + ": the disk is full; free space and"
                    + " retry", e);
            case CONSTRAINT -> constraint(where, e);
            default -> new StoreUnavailableException(where + ": " + e.getMessage()
                    + "; check the file and the disk, then retry", e);
        };
    }

    /**
     * A constraint failed on a write. The store checks its input before writing (the core
     * refuses a batch repeating a message id; a write finds its session, its stored ids and its
     * next seq in the same transaction), so a write it has checked cannot break a constraint
     * unless the rows contradict each other (e.g. a session's {@code last_seq} behind its stored
     * messages, after an edit outside the store) or this store has a defect. SQLite's message,
     * kept here, names the constraint.
     */
    private static StoreException constraint(String where, SQLException e) {
        return new CorruptDataException(where + ": " + e.getMessage() + "; the database's rows contradict"
                + " what the store checked before writing (changed outside the store?), so nothing was"
                + " written: repair or restore the database, or report this with the message if the"
                + " rows look right", e);
    }

    /** From now on every failure is reported as {@link StoreClosedException}. */
    public void closing() {
        closing = true;
    }

    /** @return the database file */
    public Path path() {
        return path;
    }
}
