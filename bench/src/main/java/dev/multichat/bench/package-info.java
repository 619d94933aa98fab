/**
 * JMH benchmarks of the stores, each next to the raw-driver ceiling it is judged against and,
 * for SQLite, a peer (Spring AI's JDBC chat memory). Stores are opened only through the public
 * API ({@code SessionStores.open(uri)}), exactly as an application would.
 *
 * <p>Run them with {@code bench/run-quick.sh}; see {@code bench/README.md}.
 */
package dev.multichat.bench;
