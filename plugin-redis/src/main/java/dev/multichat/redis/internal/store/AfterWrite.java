package dev.multichat.redis.internal.store;

import dev.multichat.redis.internal.link.ChangeChannel;
import dev.multichat.redis.internal.link.Replication;

/**
 * What follows every write: the change hint on the store's channel and the {@code wait=N}
 * replication wait. Immutable.
 *
 * @param replication the {@code wait=N} setting
 * @param channel where change hints are published
 */
public record AfterWrite(Replication replication, ChangeChannel channel) {
}
