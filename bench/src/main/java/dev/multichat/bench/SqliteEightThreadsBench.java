package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link SqliteBench} with 8 threads, each on its own session: the figure that shows group
 * commit (many acknowledged appends per fsync).
 */
@Threads(8)
public class SqliteEightThreadsBench extends SqliteBench {
}
