package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link GuardBench} with 8 threads on 8 sessions of one store. */
@Threads(8)
public class GuardEightThreadsBench extends GuardBench {
}
