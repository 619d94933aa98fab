package dev.multichat.bench;

import dev.multichat.api.Appended;
import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issue 13's HTTP target: appends of one message over HTTP/1.1 keep-alive from 8 client
 * connections on loopback ({@code http}) against the same store's own 8-thread append rate
 * ({@code direct}), on one SQLite file at {@code synchronous=normal}, in one run. The ratio
 * {@code http / direct} must be at least 0.5 (the HTTP layer costs at most as much as the
 * store). {@code httpNoStore} measures the HTTP layer alone on the same connections, the ceiling
 * {@code http} cannot pass. {@code directThreeThreads} is the store's own rate at the group-commit
 * batches HTTP's arrivals make (about 3 appends per commit, where 8 direct threads make about 8):
 * the store's floor under {@code http}. Client, server and store share the machine's cores, as they
 * do on one host.
 */
@Threads(8)
public class HttpAppendBench extends QuickProfile {

    /**
     * @param server the trial's server
     * @param client this thread's connection and session
     * @return the status
     * @throws IOException when the request fails
     * @throws InterruptedException when interrupted
     */
    @Benchmark
    public int http(HttpServerState server, HttpClientState client) throws IOException, InterruptedException {
        return client.send();
    }

    /**
     * The HTTP layer alone, the floor under {@link #http}: {@code GET /v1/whoami} over the same 8
     * keep-alive connections to the same server (token gate, routing, request metrics, a JSON
     * answer; no store work).
     *
     * @param server the trial's server
     * @param client this thread's connection
     * @return the status
     * @throws IOException when the request fails
     */
    @Benchmark
    public int httpNoStore(HttpServerState server, HttpClientState client) throws IOException {
        return client.whoami();
    }

    /**
     * @param server the trial's server (its store)
     * @param client this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    public Appended direct(HttpServerState server, HttpClientState client) {
        return server.store.append(client.id, Payload.ONE);
    }

    /**
     * The store's own append from 3 threads: its group commit gathers about 3 appends per commit,
     * as it does under {@link #http}'s 8 connections (counted with the writer's commit counter,
     * see bench/README.md), so each append bears a third of a commit's fixed cost instead of an
     * eighth.
     *
     * @param server the trial's server (its store)
     * @param client this thread's session
     * @return the acknowledgement
     */
    @Benchmark
    @Threads(3)
    public Appended directThreeThreads(HttpServerState server, HttpClientState client) {
        return server.store.append(client.id, Payload.ONE);
    }
}
