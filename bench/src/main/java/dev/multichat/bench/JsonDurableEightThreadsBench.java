package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link JsonDurableBench} with 8 threads on 8 sessions: at {@code fsync=batch} concurrent
 * appends share one force (group commit).
 */
@Threads(8)
public class JsonDurableEightThreadsBench extends JsonDurableBench {
}
