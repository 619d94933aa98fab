package dev.multichat.app.http;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * HTTP request metrics: a timer {@code http.server.requests} per method, route template (never
 * the raw path, so ids do not explode the series) and status, with a percentile histogram, and a
 * gauge {@code multichat.http.in.flight} of the requests being handled.
 * Thread-safe.
 */
final class HttpMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger inFlight = new AtomicInteger();

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
        Timer.builder("http.server.requests")
                .description("HTTP requests served")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }
}
