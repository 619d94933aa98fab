package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link JsonTailBench} with 8 threads on 8 sessions of one store. */
@Threads(8)
public class JsonTailEightThreadsBench extends JsonTailBench {
}
