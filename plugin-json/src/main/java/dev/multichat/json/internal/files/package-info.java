/**
 * One session's files: where they live ({@code SessionPaths}, {@code SessionPlace}),
 * {@code session.json} ({@code SessionMeta}, {@code MetaFile}), what a store instance knows of
 * them ({@code KnownFiles}, the state machine over the immutable {@code SessionFiles} snapshot
 * and the log's index), the handle that holds it with the open log ({@code SessionHandle}),
 * loading and refreshing it ({@code SessionLoader}), and the bounded cache of handles
 * ({@code Handles}).
 * Uses {@code internal.fs} and {@code internal.log}. Not exported by the module.
 */
package dev.multichat.json.internal.files;
