/**
 * The {@code messages.jsonl} log format: one line per message or commit, checksummed
 * ({@code LineCodec}, {@code LineWriter}, {@code LineReader}), the scan that finds the verified
 * prefix ({@code LogScanner}, {@code TailProbe} for the end only), the in-memory index of a log
 * and the repair that cuts a torn tail. Uses only {@code internal.fs}. Not exported by the module.
 */
package dev.multichat.json.internal.log;
