package dev.multichat.bench;

import org.openjdk.jmh.annotations.Threads;

/** {@link PostgresBench} on eight threads, each on its own session. */
@Threads(8)
public class PostgresEightThreadsBench extends PostgresBench {
}
