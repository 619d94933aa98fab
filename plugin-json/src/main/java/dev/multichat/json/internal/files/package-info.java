/**
 * One session's files: where they live ({@code SessionPaths}), {@code session.json}
 * ({@code SessionMeta}, {@code MetaFile}), what a store instance last saw of them
 * ({@code SessionFiles}), the handle that holds that state and the open log, loading and
 * refreshing it ({@code SessionLoader}), and the bounded cache of handles ({@code Handles}).
 * Uses {@code internal.fs} and {@code internal.log}. Not exported by the module.
 */
package dev.multichat.json.internal.files;
