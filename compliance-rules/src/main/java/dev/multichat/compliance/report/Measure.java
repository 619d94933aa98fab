package dev.multichat.compliance.report;

import dev.multichat.compliance.V2Limit;

/**
 * One measured value of one V2 limit: where (module-relative file and line) and how much.
 *
 * @param limit the limit measured
 * @param where the file (and line, for per-function limits) or class name
 * @param value the measured value
 */
record Measure(V2Limit limit, String where, int value) {
}
