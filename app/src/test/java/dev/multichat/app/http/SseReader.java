package dev.multichat.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Server-Sent Events client over HTTP/1.1 (as a browser's {@code fetch()} reads a stream):
 * a thread parses the body into {@link SseEvent}s (comments included, as {@code ":"} events) as
 * they arrive; {@link #close()} drops the connection.
 */
final class SseReader implements AutoCloseable {

    /** What the reader thread queues when the body ends. */
    private static final SseEvent EOF = new SseEvent(null, "<eof>", "");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    private boolean ended;

    private SseReader(HttpResponse<InputStream> response) {
        this.response = response;
        if (response.statusCode() == 200) {
            Thread reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /**
     * Opens a stream and waits for the response headers.
     *
     * @param port the server's port
     * @param path the stream's path and query
     * @param headers name, value, name, value...
     * @return the reader
     */
    static SseReader open(int port, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            return new SseReader(HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /**
     * The answer of a refused stream (not 200), as a test sees any other answer.
     *
     * @return the reply
     * @throws IOException when the body cannot be read
     */
    Reply reply() throws IOException {
        try (InputStream body = response.body()) {
            return new Reply(status(), contentType(), null, new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The next event that is not a comment; fails the test when none comes in time or the body ends.
     *
     * @return the event
     */
    SseEvent next() {
        while (true) {
            SseEvent event = poll(PATIENCE).orElseThrow(() -> new AssertionError("no event within " + PATIENCE));
            assertThat(event).as("the stream ended").isNotSameAs(EOF);
            if (!event.isComment()) {
                return event;
            }
        }
    }

    /**
     * The next event or comment, waiting up to {@code wait}.
     *
     * @param wait how long to wait
     * @return the event, or empty when none came (or the body ended)
     */
    Optional<SseEvent> poll(Duration wait) {
        if (ended) {
            return Optional.empty();
        }
        try {
            SseEvent event = events.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
            ended = event == EOF;
            return Optional.ofNullable(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Reads what is left until the body ends; fails the test when it does not end in time.
     *
     * @return the events and comments that came before the end
     */
    List<SseEvent> rest() {
        List<SseEvent> rest = new ArrayList<>();
        while (!ended) {
            poll(PATIENCE).ifPresentOrElse(e -> {
                if (e != EOF) {
                    rest.add(e);
                }
            }, () -> {
                throw new AssertionError("the stream did not end within " + PATIENCE + "; got " + rest);
            });
        }
        return rest;
    }

    /** Drops the connection. */
    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // dropped either way
        }
    }

    private void read() {
        try (BufferedReader body = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            SseEvent.Builder event = new SseEvent.Builder();
            for (String line = body.readLine(); line != null; line = body.readLine()) {
                event.line(line).ifPresent(events::add);
            }
        } catch (IOException e) {
            // the connection was dropped: the body ends here
        } finally {
            events.add(EOF);
        }
    }
}
