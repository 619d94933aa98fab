/**
 * Optional metrics bindings: {@link dev.multichat.metrics.MicrometerStoreMetrics} reports every
 * store operation to Micrometer (needs {@code micrometer-core} on the class or module path).
 */
package dev.multichat.metrics;
