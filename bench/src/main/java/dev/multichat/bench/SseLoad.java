package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.app.http.ApiServer;
import dev.multichat.app.http.ServerOptions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A load generator for the app's live streams (issue 13), not a JMH benchmark: this JVM runs the
 * server (the app's {@link ApiServer} over a fresh SQLite file at {@code synchronous=normal}) and
 * measures its heap; a child JVM ({@link SseLoadClients}) opens the SSE connections with
 * non-blocking sockets, so that neither process needs a file descriptor for both ends.
 *
 * <ul>
 *   <li>{@code fanout [clients=1000] [appends=100]}: every client follows one session; the child
 *       appends one message at a time over HTTP and times, for every client, append-ack to
 *       receipt (p50, p99, max; the first tenth of the appends are warm-up).</li>
 *   <li>{@code idle [connections=10000] [holdSeconds=20]}: that many idle streams held open; the
 *       server's heap after a full GC before and with them open, per connection.</li>
 * </ul>
 */
public final class SseLoad {

    static final String SESSION = "live";

    private SseLoad() {
    }

    /**
     * Runs one load.
     *
     * @param args {@code fanout [clients] [appends]} or {@code idle [connections] [holdSeconds]}
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        boolean idle = args.length > 0 && "idle".equals(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : idle ? 10_000 : 1_000;
        int extra = args.length > 2 ? Integer.parseInt(args[2]) : idle ? 20 : 100;
        Path dir = DataDir.create("sse");
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (SessionStore store = SessionStores.open("sqlite:" + dir.resolve("bench.db") + "?synchronous=normal");
             ApiServer server = ApiServer.start(store, registry,
                     new ServerOptions("127.0.0.1", 0, null, ServerOptions.DEFAULT_MAX_BODY))) {
            store.create(NewSession.of(SESSION, "bench"));
            long before = usedHeapAfterGc();
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), SseLoadClients.class.getName(),
                    idle ? "idle" : "fanout", Integer.toString(server.port()), Integer.toString(clients),
                    Integer.toString(extra))).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            relay(child, clients, before, registry);
            if (child.waitFor() != 0) {
                throw new IllegalStateException("the client JVM failed (exit " + child.exitValue() + ")");
            }
        } finally {
            DataDir.delete(dir);
        }
    }

    /** Prints the child's lines; when it holds its connections, states this server's heap. */
    private static void relay(Process child, int clients, long before, PrometheusMeterRegistry registry)
            throws IOException {
        BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            System.out.println(line);
            if (line.startsWith("HOLDING")) {
                long with = usedHeapAfterGc();
                double open = registry.get("multichat.live.streams").tag("kind", "session").gauge().value();
                System.out.printf("server: %,.0f open streams; heap after full GC %,d KiB before, %,d KiB with"
                        + " them: %,d bytes per connection; %d live threads%n", open, before >> 10, with >> 10,
                        (with - before) / clients, Thread.activeCount());
            }
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
