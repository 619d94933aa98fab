package dev.multichat.sqlite.internal.commit;

import dev.multichat.sqlite.internal.sql.StatementCache;
import java.sql.SQLException;

/**
 * One caller's write, run by the {@link GroupCommit} writer inside a shared transaction.
 * It may throw a {@link dev.multichat.api.StoreException} (a version conflict, a missing
 * session...) or an {@link SQLException}; either undoes only this operation's changes. Refusing
 * before changing any row is cheapest: then nothing has to be undone. An operation may run
 * twice (its batch is re-run with savepoints when another operation failed after writing), so
 * it must do nothing outside the connection it is given.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface WriteOp<T> {
    /**
     * @param sql the writer connection's statements
     * @param now the operation's time, epoch milliseconds from the store's clock
     * @return the result handed to the caller once the transaction commits
     * @throws SQLException if SQLite fails
     */
    T apply(StatementCache sql, long now) throws SQLException;
}
