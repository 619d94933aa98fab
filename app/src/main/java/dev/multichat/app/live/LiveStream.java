package dev.multichat.app.live;

import dev.multichat.api.FeedEnd;
import dev.multichat.api.Subscription;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * One open live stream: its feed subscription and its response body. Made by {@link LiveStreams}
 * (subscribed before any byte is written, so a missing session is still a JSON 404), then
 * {@link #start started} from the route's async future. When the stream is done, for whatever
 * reason (feed ended, client gone, server stopping), the subscription is closed. Thread-safe.
 */
public final class LiveStream implements AsyncListener {

    private final SseOutput output;
    private volatile Subscription subscription;

    /**
     * A stream writing to {@code output}.
     *
     * @param output the response body
     * @param onDone runs once when the stream is done
     */
    LiveStream(SseOutput output, Runnable onDone) {
        this.output = output;
        output.done().whenComplete((ignored, error) -> {
            closeSubscription();
            onDone.run();
        });
    }

    /**
     * Records the feed subscription, closing it at once when the stream is already done.
     *
     * @param followed the subscription
     */
    void subscribed(Subscription followed) {
        subscription = followed;
        if (output.done().isDone()) {
            followed.close();
        }
    }

    /**
     * Starts the response: 200, {@code text/event-stream}, no caching, then non-blocking writes.
     * Call it from the route's async future (the request must be in async mode).
     *
     * @param request the request
     * @param response the response
     * @return completes when the stream is done; the response is then complete
     */
    public CompletableFuture<Void> start(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        request.getAsyncContext().addListener(this);
        try {
            output.attach(response.getOutputStream());
        } catch (IOException e) {
            output.close();
        }
        return output.done();
    }

    /**
     * Ends the stream from the server's side: the subscription closes, the {@code end} event goes
     * out after what is waiting, then the response completes.
     *
     * @param reason the reason the {@code end} event names
     */
    void end(FeedEnd reason) {
        closeSubscription();
        output.finish(SseEvents.end(reason));
    }

    /** @return the response body */
    SseOutput output() {
        return output;
    }

    @Override
    public void onComplete(AsyncEvent event) {
        output.close();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        output.close();
    }

    @Override
    public void onError(AsyncEvent event) {
        output.close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // the stream starts in async mode already; nothing to do
    }

    private void closeSubscription() {
        Subscription followed = subscription;
        if (followed != null) {
            followed.close();
        }
    }
}
