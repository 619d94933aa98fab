package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link SqliteBench} on one thread. */
@Threads(1)
public class SqliteOneThreadBench extends SqliteBench {
}
