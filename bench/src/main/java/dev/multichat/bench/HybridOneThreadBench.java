package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link HybridBench} with one thread. */
@Threads(1)
public class HybridOneThreadBench extends HybridBench {
}
