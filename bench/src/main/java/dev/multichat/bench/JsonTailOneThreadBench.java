package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link JsonTailBench} on one thread: the baseline of the 8-thread ratio. */
@Threads(1)
public class JsonTailOneThreadBench extends JsonTailBench {
}
