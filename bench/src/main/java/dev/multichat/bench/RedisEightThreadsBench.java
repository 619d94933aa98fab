package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link RedisBench} with eight threads on eight sessions, all over the store's one connection. */
@Threads(8)
public class RedisEightThreadsBench extends RedisBench {
}
