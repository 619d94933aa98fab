package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link RedisBench} with one thread. */
@Threads(1)
public class RedisOneThreadBench extends RedisBench {
}
