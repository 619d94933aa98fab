package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link PostgresBench} on one thread. */
@Threads(1)
public class PostgresOneThreadBench extends PostgresBench {
}
