package dev.multichat.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Our PostgreSQL store ({@code postgresql://...}) on its own server for one trial. */
@State(Scope.Benchmark)
public class PostgresStore extends OpenStore {
    /** The server's synchronous_commit: on or off. */
    @Param({"on", "off"})
    public String sync;

    /** Messages in each session at the start of every iteration. */
    @Param({"1000", "100000"})
    public int history;

    private EmbeddedPostgres server;

    /** Starts the server and opens the store on it. */
    @Setup(Level.Trial)
    public void open() {
        open("postgres", dir -> {
            server = PgServer.start(dir, sync);
            return PgServer.uri(server);
        });
    }

    /** Stops the server, then closes the store and deletes the data (JMH calls it as the superclass's teardown). */
    @Override
    public void close() {
        PgServer.stop(server);
        super.close();
    }

    @Override
    int history() {
        return history;
    }
}
