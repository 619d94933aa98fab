/**
 * The Redis plugin: one {@link dev.multichat.spi.StoreProvider} per URI scheme ({@code redis},
 * {@code rediss}, {@code redis-sentinel}, {@code rediss-sentinel}, {@code redis-cluster},
 * {@code rediss-cluster}). Everything else is in {@code internal} packages.
 */
package dev.multichat.redis;
