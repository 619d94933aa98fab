/**
 * The SQL plumbing shared by the {@code sqlite:} store's readers and its writer: a connection's
 * prepared statements ({@code StatementCache}, which also keeps per-connection state for the
 * layers above) and the translation of SQLite's error codes into the API's exceptions
 * ({@code SqlErrors}). Depends on no other package of the plugin. Not exported by the module.
 */
package dev.multichat.sqlite.internal.sql;
