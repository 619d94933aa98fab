package dev.multichat.app.http;

import dev.multichat.api.SessionStore;
import dev.multichat.app.live.LiveStreams;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The HTTP server: the REST API over one store, with JSON errors, bearer-token scopes, body
 * limits, metrics, {@code /openapi.json}, Swagger UI at {@code /docs}, static files at
 * {@code /ui/} (classpath {@code /public}) and live streams (Server-Sent Events). {@link #stop()}
 * is graceful: every live stream ends with its {@code end} event, requests in flight finish (up
 * to 10 s), then the server closes; the caller closes the store after. Thread-safe.
 */
public final class ApiServer implements AutoCloseable {

    private static final long STOP_TIMEOUT_MILLIS = 10_000;
    /**
     * The buffer Javalin allocates for every answer to copy its body into Jetty's output (Javalin's
     * default is Jetty's 32 KiB output buffer, allocated and zeroed per request). Our JSON answers
     * are mostly well under 8 KiB; larger ones are copied in 8 KiB steps into Jetty's own buffer.
     */
    private static final int COPY_BUFFER_BYTES = 8 * 1024;

    private final Javalin javalin;
    private final List<String> routes;

    private ApiServer(Javalin javalin, List<String> routes) {
        this.javalin = javalin;
        this.routes = routes;
    }

    /**
     * Starts a server.
     *
     * @param store the store to serve (not closed by the server)
     * @param registry where metrics go (the store should record into it too; its own readings are
     *     registered here, see {@link SessionStore#readings()})
     * @param options where and how to listen
     * @return the running server
     * @throws IllegalArgumentException when asked to bind a non-loopback address without tokens
     */
    public static ApiServer start(SessionStore store, PrometheusMeterRegistry registry, ServerOptions options) {
        requireSafeBind(options);
        StoreReadingsMeters.register(registry, store);
        List<String> routes = Collections.synchronizedList(new ArrayList<>());
        Javalin javalin = Javalin.create(config -> configure(config, store, registry, options, routes));
        javalin.start(options.bind(), options.port());
        return new ApiServer(javalin, List.copyOf(routes));
    }

    private static void configure(JavalinConfig config, SessionStore store, PrometheusMeterRegistry registry,
                                  ServerOptions options, List<String> routes) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        config.http.responseBufferSize = COPY_BUFFER_BYTES;
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
            server.setErrorHandler(new JsonErrorHandler());
        });
        config.events.handlerAdded(info -> {
            if (info.getHttpMethod().isHttpMethod()) {
                routes.add(info.getHttpMethod().name() + " " + info.getPath());
            }
        });
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/ui";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        HttpMetrics metrics = new HttpMetrics(registry);
        config.requestLogger.http(metrics::record);
        config.routes.before(metrics::started);
        config.routes.after(metrics::finished);
        Routes.register(config.routes, new Gate(options.tokens()), store, registry, new Bodies(options.maxBodyBytes()));
        LiveStreams live = new LiveStreams(registry, options.keepAlive());
        config.events.serverStopping(live::shutdown);
        config.events.serverStartFailed(live::shutdown);
        new LiveRoutes(store, live).register(config.routes);
        config.routes.exception(HttpResponseException.class, Errors::handle);
        config.routes.exception(Exception.class, Errors::handle);
    }

    private static void requireSafeBind(ServerOptions options) {
        if (options.tokens() != null) {
            return;
        }
        try {
            if (!InetAddress.getByName(options.bind()).isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing to bind " + options.bind() + " without tokens:"
                        + " anyone on the network could read every session; pass --tokens FILE or bind 127.0.0.1");
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve bind address " + options.bind(), e);
        }
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return javalin.port();
    }

    /**
     * The routes registered, as {@code METHOD /path/{param}}.
     *
     * @return the routes, in registration order
     */
    public List<String> routes() {
        return routes;
    }

    /**
     * Stops gracefully: live streams end with their {@code end} event (clients get up to 5 s to
     * take it), no new connections, requests in flight finish (up to 10 s).
     */
    public void stop() {
        javalin.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
