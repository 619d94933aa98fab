package dev.multichat.bench;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.app.http.ApiServer;
import dev.multichat.app.http.ServerOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One trial's SQLite store ({@code synchronous=normal}, a fresh file on the bench disk) and the
 * app's HTTP server over it on a free loopback port, in the benchmark's JVM, warmed up
 * ({@link ServerWarmup}) for {@link #serverWarmup} seconds before JMH's own warm-up, in every
 * trial alike ({@code direct} too, so both run against the same store contents).
 */
@State(Scope.Benchmark)
public class HttpServerState {

    /** Seconds of HTTP traffic before the trial (0: measure a server as cold as JMH finds it). */
    @Param("20")
    public int serverWarmup;

    SessionStore store;
    ApiServer server;
    private Path dir;

    /** Opens the store and starts the server. */
    @Setup(Level.Trial)
    public void start() {
        dir = DataDir.create("http");
        store = SessionStores.open("sqlite:" + dir.resolve("bench.db") + "?synchronous=normal");
        server = ApiServer.start(store, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                new ServerOptions("127.0.0.1", 0, null, ServerOptions.DEFAULT_MAX_BODY));
        long answered = ServerWarmup.run(server.port(), store, serverWarmup);
        System.out.printf("%n(server warm-up: %d requests in %d s)%n", answered, serverWarmup);
    }

    /** Stops the server, closes the store, deletes the data. */
    @TearDown(Level.Trial)
    public void stop() {
        server.stop();
        store.close();
        DataDir.delete(dir);
    }
}
