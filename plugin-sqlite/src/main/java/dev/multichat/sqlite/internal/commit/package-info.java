/**
 * The group-commit engine of the {@code sqlite:} store: callers submit a {@code WriteOp} to
 * {@code GroupCommit}; the leader, under the writer lock, drains the {@code WriteQueue} and runs
 * the batch of {@code PendingWrite}s in one {@code BatchTransaction} (one transaction and commit
 * for the batch, yet each write succeeds or fails on its own). Knows nothing of sessions or
 * messages: the operations come from the package above. Uses only {@code internal.sql}. Not
 * exported by the module.
 */
package dev.multichat.sqlite.internal.commit;
