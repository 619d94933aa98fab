package dev.multichat.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What {@link SseLoadClients}' connections received: each one's response headers, the time each
 * message event (by its {@code id:} seq) arrived, keep-alive comments and closes. Fed by the one
 * selector thread; waited on by the main thread.
 */
final class SseReceipts {

    private final long[][] at;
    private final StringBuilder[] partial;
    private final boolean[] streaming;
    private final boolean[] keptAlive;
    private final AtomicIntegerArray received;
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final int clients;

    SseReceipts(int clients, int appends) {
        this.clients = clients;
        this.at = new long[appends + 1][clients];
        this.partial = new StringBuilder[clients];
        this.streaming = new boolean[clients];
        this.keptAlive = new boolean[clients];
        this.received = new AtomicIntegerArray(appends + 1);
        for (int i = 0; i < clients; i++) {
            partial[i] = new StringBuilder();
        }
    }

    /** Takes bytes read from one connection; complete lines are parsed, the rest waits. */
    void read(int client, byte[] bytes, int n, long now) {
        StringBuilder text = partial[client].append(new String(bytes, 0, n, StandardCharsets.UTF_8));
        int start = 0;
        for (int end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
            line(client, text.substring(start, end).strip(), now);
            start = end + 1;
        }
        text.delete(0, start);
    }

    private void line(int client, String line, long now) {
        if (!streaming[client]) {
            if (line.startsWith("HTTP/") && !line.contains(" 200")) {
                throw new IllegalStateException("a stream was refused: " + line);
            }
            streaming[client] = line.isEmpty();
            if (line.isEmpty()) {
                signal(connected.incrementAndGet() == clients);
            }
        } else if (line.startsWith("id: ")) {
            int seq = Integer.parseInt(line.substring(4));
            if (seq < at.length) {
                at[seq][client] = now;
                signal(received.incrementAndGet(seq) == clients);
            }
        } else if (line.startsWith(":")) {
            keptAlive[client] = true;
        }
    }

    /** Counts a connection the server closed. */
    void lost() {
        closed.incrementAndGet();
    }

    int lostCount() {
        return closed.get();
    }

    int keptAlive() {
        int count = 0;
        for (boolean alive : keptAlive) {
            count += alive ? 1 : 0;
        }
        return count;
    }

    /**
     * Every delivery's delay after a per-seq start time (0 when it arrived before it).
     *
     * @param start the start time per seq
     * @param from the first seq counted (earlier ones are warm-up)
     * @return the delays in nanoseconds, unsorted
     */
    long[] latencies(long[] start, int from) {
        long[] delays = new long[(at.length - from) * clients];
        for (int seq = from; seq < at.length; seq++) {
            for (int client = 0; client < clients; client++) {
                delays[(seq - from) * clients + client] = Math.max(0, at[seq][client] - start[seq]);
            }
        }
        return delays;
    }

    private void signal(boolean complete) {
        if (complete) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /**
     * Waits until every client has its stream open ({@code seq} 0) or has message {@code seq}.
     *
     * @param seq 0, or the message's seq
     * @param patienceNanos how long to wait
     * @throws InterruptedException when interrupted
     */
    synchronized void await(int seq, long patienceNanos) throws InterruptedException {
        long deadline = System.nanoTime() + patienceNanos;
        while ((seq == 0 ? connected.get() : received.get(seq)) < clients) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("not every client got " + (seq == 0 ? "its stream" : "message " + seq)
                        + " within " + TimeUnit.NANOSECONDS.toSeconds(patienceNanos) + " s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
