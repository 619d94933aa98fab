package dev.multichat.app.live;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * One SSE response body, written with non-blocking servlet output: chunks wait in a bounded
 * {@link Backlog} and go out as the connection takes them, so no thread ever blocks on a
 * client's socket. A feed thread that {@link #send sends} while the backlog is full waits for
 * room (that holds back its own subscription only); past {@link Backlog#PATIENCE_NANOS} the
 * client is too slow and the stream is closed (a session client resumes with
 * {@code Last-Event-ID}). {@link #finish} adds a last chunk and completes the response once it
 * is written. Thread-safe: the servlet stream is only touched under this object's lock.
 */
final class SseOutput implements WriteListener {

    private final Backlog backlog = new Backlog();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private ServletOutputStream out;
    private boolean dirty = true;
    private long lastWrite = System.nanoTime();

    /**
     * Starts writing to the response body: the connection calls {@link #onWritePossible} when it
     * can take bytes (at once: the response headers go out then).
     *
     * @param stream the response's output stream (the request must be in async mode)
     */
    void attach(ServletOutputStream stream) {
        synchronized (this) {
            out = stream;
        }
        stream.setWriteListener(this);
    }

    /**
     * Queues a chunk, waiting while the backlog is full.
     *
     * @param chunk the bytes
     * @return false when the stream is finishing or closed, or was just closed as too slow
     */
    boolean send(byte[] chunk) {
        if (!backlog.put(chunk)) {
            if (!backlog.sealed()) {
                close();
            }
            return false;
        }
        return pump();
    }

    /**
     * Queues a keep-alive comment when nothing went out for a while and nothing is waiting.
     *
     * @param chunk the comment
     * @param idleNanos how long the stream must have been quiet
     */
    void keepAlive(byte[] chunk, long idleNanos) {
        boolean idle;
        synchronized (this) {
            idle = System.nanoTime() - lastWrite >= idleNanos;
        }
        if (idle && backlog.offerIfEmpty(chunk)) {
            pump();
        }
    }

    /**
     * Queues the last chunk behind what is waiting and completes the response once it is out.
     * Later sends are dropped. Does nothing when already finishing or closed.
     *
     * @param chunk the last bytes
     */
    void finish(byte[] chunk) {
        if (backlog.seal(chunk)) {
            pump();
        }
    }

    /** Drops what is waiting and completes the response now. Idempotent. */
    void close() {
        backlog.close();
        done.complete(null);
    }

    /** @return completes when the stream is finished or closed */
    CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void onWritePossible() {
        pump();
    }

    @Override
    public void onError(Throwable failure) {
        close();
    }

    /**
     * Writes what is waiting while the connection takes it, then flushes; completes the stream
     * when the last chunk is out. Never blocks: when the connection is not ready, the container
     * calls {@link #onWritePossible} later.
     *
     * @return false when the stream is done
     */
    private boolean pump() {
        boolean finished;
        synchronized (this) {
            if (out == null || done.isDone()) {
                return !done.isDone();
            }
            try {
                finished = drain();
            } catch (IOException | IllegalStateException e) {
                finished = true;
            }
        }
        if (finished) {
            close();
        }
        return !finished;
    }

    private boolean drain() throws IOException {
        while (out.isReady()) {
            boolean sealed = backlog.sealed();
            byte[] next = backlog.poll();
            if (next != null) {
                out.write(next);
                dirty = true;
            } else if (dirty) {
                dirty = false;
                lastWrite = System.nanoTime();
                out.flush();
            } else {
                return sealed;
            }
        }
        return false;
    }
}
