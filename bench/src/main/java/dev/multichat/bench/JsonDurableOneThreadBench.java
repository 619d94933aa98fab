package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link JsonDurableBench} on one thread: compare with {@link RawFileBench}. */
@Threads(1)
public class JsonDurableOneThreadBench extends JsonDurableBench {
}
