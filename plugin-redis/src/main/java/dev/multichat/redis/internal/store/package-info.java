/**
 * The storage code: the key layout, the encoding of sessions and messages, the catalog, the
 * message log and the owner index. Not an API.
 */
package dev.multichat.redis.internal.store;
