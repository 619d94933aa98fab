package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link GuardBench} on one thread. */
@Threads(1)
public class GuardOneThreadBench extends GuardBench {
}
