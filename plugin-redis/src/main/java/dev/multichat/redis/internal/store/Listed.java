package dev.multichat.redis.internal.store;

import dev.multichat.api.SessionId;
import java.util.List;

/**
 * One entry of an owner's index, as a listing read it.
 *
 * @param id the session
 * @param listedAt the entry's time (the session's updatedAt when the entry was last moved), epoch millis
 * @param hash the session hash's fields and values, read by the same script on a single
 *     server; null on a cluster, where the listing reads it from the session's node
 */
record Listed(SessionId id, long listedAt, List<String> hash) {
}
