/**
 * The connection to Redis: where (URIs, credentials kept out of every message), how (Lettuce
 * configured for failure), the Lua scripts run by SHA and the mapping of Redis errors onto the
 * store's exceptions. Not an API.
 */
package dev.multichat.redis.internal.link;
