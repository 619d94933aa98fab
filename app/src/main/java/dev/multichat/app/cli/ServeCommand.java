package dev.multichat.app.cli;

import dev.multichat.metrics.MicrometerStoreMetrics;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import dev.multichat.app.http.ApiServer;
import dev.multichat.app.http.ServerOptions;
import dev.multichat.app.http.Tokens;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code multichat serve}: the REST API over a store until SIGTERM or Ctrl-C, then a graceful
 * stop (requests in flight finish, then the store is closed).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (and /docs, /metrics, /health) over a store.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    private StoreOption store;

    @Option(names = "--port", defaultValue = "8080",
            description = "the port, 0 for any free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE});"
                + " any other than loopback needs --tokens")
    private String bind;

    @Option(names = "--tokens", paramLabel = "FILE",
            description = "bearer tokens, one per line: '<token> admin' or '<token> owners=alice,bob'; mode 600")
    private Path tokens;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "4194304",
            description = "the largest request body accepted (default: ${DEFAULT-VALUE})")
    private long maxBody;

    @Override
    public Integer call() throws Exception {
        Tokens loaded = tokens == null ? null : Tokens.load(tokens);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        StoreConfig config = StoreConfig.of(store.uri());
        SessionStore opened = SessionStores.open(config.withMetrics(
                MicrometerStoreMetrics.of(registry, config.uri().scheme())));
        Gauge.builder("multichat.store.up", opened, s -> up(s) ? 1 : 0)
                .description("1 when the store's health is UP or DEGRADED").register(registry);
        ApiServer server;
        try {
            server = ApiServer.start(opened, registry, new ServerOptions(bind, port, loaded, maxBody));
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            opened.close();
            stopped.countDown();
        }, "multichat-shutdown"));
        System.out.printf("multichat serving %s at http://%s:%d (API docs: /docs)%n", Stores.redact(store.uri()),
                bind, server.port());
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private static boolean up(SessionStore store) {
        try {
            return store.health().status() != StoreHealth.Status.DOWN;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
