/**
 * The {@code sqlite:} store: the provider, settings and connections, migrations, the reads and
 * the session and message writes (run as operations of the group-commit engine), row mapping and
 * the expiry sweeper. The layers below: {@code internal.sql} &lt;- {@code internal.commit}. Only
 * {@link dev.multichat.sqlite.SqliteStoreProvider} is public here.
 */
package dev.multichat.sqlite;
