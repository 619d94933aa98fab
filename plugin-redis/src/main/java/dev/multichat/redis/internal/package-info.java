/**
 * The Redis store's implementation: {@code link} holds the Lettuce client, its failure settings,
 * the Lua scripts and the error mapping; {@code store} the key layout and the storage code.
 * Not an API: anything here may change without notice.
 */
package dev.multichat.redis.internal;
