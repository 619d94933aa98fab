package dev.multichat.app.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP request metrics: a timer {@code http.server.requests} per method, route template (never
 * the raw path, so ids do not explode the series) and status, with a percentile histogram, and a
 * gauge {@code multichat.http.in.flight} of the requests being handled. Each timer is registered
 * once, on its first request, and then found by a plain map lookup on its method, route and
 * status: recording builds no tag list and asks the registry nothing (a registry lookup per
 * request builds and sorts the tags and compares meter ids). Thread-safe.
 */
final class HttpMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("multichat.http.in.flight", inFlight, AtomicInteger::get)
                .description("HTTP requests being handled now").register(registry);
    }

    /**
     * Counts a request that starts being handled.
     *
     * @param ctx the request
     */
    void started(Context ctx) {
        inFlight.incrementAndGet();
    }

    /**
     * Counts a request that finished being handled (after-handlers run after errors too).
     *
     * @param ctx the request
     */
    void finished(Context ctx) {
        inFlight.decrementAndGet();
    }

    /**
     * Records one finished request.
     *
     * @param ctx the request
     * @param millis how long it took
     */
    void record(Context ctx, Float millis) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        String method = ctx.method().name();
        int status = ctx.statusCode();
        Timer timer = timers.get(key(method, route, status));
        if (timer == null) {
            timer = register(method, route, status);
        }
        timer.record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /** Micrometer returns the same timer for the same name and tags, so a race registers one. */
    private Timer register(String method, String route, int status) {
        Timer timer = Timer.builder("http.server.requests")
                .description("HTTP requests served")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry);
        timers.put(key(method, route, status), timer);
        return timer;
    }

    /** The cache key: a method and a status hold no space, so the three parts cannot run together. */
    private static String key(String method, String route, int status) {
        return method + ' ' + status + ' ' + route;
    }
}
