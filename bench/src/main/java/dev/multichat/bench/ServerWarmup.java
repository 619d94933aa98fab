package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionInfo;
import dev.multichat.api.SessionStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives the app's server before a trial is measured, as a serving process is driven before its
 * busy hours: from 8 keep-alive connections, each on a warm-up session of its own, appends and
 * {@code GET /v1/whoami} in turn for a fixed time. Measured (issue 13, see bench/README.md):
 * a freshly started server answers appends at tens to hundreds per second until the JIT compiler
 * has compiled Jetty's, Javalin's, Jackson's and the app's request path, which takes thousands
 * to tens of thousands of requests; a JMH warm-up of 2 x 1 s measures that cold server, not its cost per
 * request. Stateless.
 */
final class ServerWarmup {

    private static final int CONNECTIONS = 8;

    private ServerWarmup() {
    }

    /**
     * Warms the server.
     *
     * @param port the server's loopback port
     * @param store the store it serves (the warm-up sessions are created in it)
     * @param seconds how long; 0 for no warm-up
     * @return how many requests were answered
     */
    static long run(int port, SessionStore store, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong answered = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS && seconds > 0; i++) {
            SessionId id = SessionId.of("warmup-" + i);
            store.create(new NewSession(id, SessionInfo.of("bench-warmup")));
            Thread thread = new Thread(() -> drive(port, id, deadline, answered, failure), "http-warmup-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while warming the server up", e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("warming the server up failed", failure.get());
        }
        return answered.get();
    }

    private static void drive(int port, SessionId id, long deadline, AtomicLong answered,
                              AtomicReference<Exception> failure) {
        try (HttpConnection connection = new HttpConnection(port, id)) {
            while (System.nanoTime() - deadline < 0) {
                connection.append();
                connection.whoami();
                answered.addAndGet(2);
            }
        } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }
}
