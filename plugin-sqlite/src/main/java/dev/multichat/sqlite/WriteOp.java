package dev.multichat.sqlite;

import java.sql.SQLException;

/**
 * One caller's write, run by the {@link GroupCommit} writer inside a shared transaction.
 * It may throw a {@link dev.multichat.api.StoreException} (a version conflict, a missing
 * session...) or an {@link SQLException}; either undoes only this operation's changes.
 *
 * @param <T> the result
 */
@FunctionalInterface
interface WriteOp<T> {
    /**
     * @param sql the writer connection's statements
     * @param now the operation's time, epoch milliseconds from the store's clock
     * @return the result handed to the caller once the transaction commits
     * @throws SQLException if SQLite fails
     */
    T apply(StatementCache sql, long now) throws SQLException;
}
