package dev.multichat.tck;

import dev.multichat.api.ChatMessage;
import dev.multichat.api.FeedEnd;
import dev.multichat.api.SessionListener;
import dev.multichat.api.StoreException;
import dev.multichat.tck.support.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A {@link SessionListener} recording what the feed delivered: every message in order of
 * receipt, how it ended. Waits poll a real condition with a deadline ({@link #WAIT_MS}).
 */
class Received implements SessionListener {
    /** How long a wait for deliveries may take before the check fails. */
    static final long WAIT_MS = Waiting.WAIT_MS;
    private final List<ChatMessage> messages = new ArrayList<>();
    private final List<FeedEnd> ends = new ArrayList<>();
    private int calls;

    @Override
    public synchronized void onMessages(List<ChatMessage> batch) {
        calls++;
        messages.addAll(batch);
        notifyAll();
    }

    @Override
    public synchronized void onError(StoreException error) {
        notifyAll();
    }

    @Override
    public synchronized void onEnd(FeedEnd reason) {
        ends.add(reason);
        notifyAll();
    }

    /** @return a copy of what was delivered, in order of receipt */
    synchronized List<ChatMessage> messages() {
        return List.copyOf(messages);
    }

    /** @return how the feed ended (more than one entry is a defect) */
    synchronized List<FeedEnd> ends() {
        return List.copyOf(ends);
    }

    /** @return how many times onMessages was called */
    synchronized int calls() {
        return calls;
    }

    /**
     * Waits until at least {@code n} messages were delivered, or the deadline passed.
     *
     * @return the messages delivered so far
     */
    List<ChatMessage> awaitMessages(int n) {
        return await(r -> r.messages.size() >= n).messages();
    }

    /**
     * Waits until the feed ended, or the deadline passed.
     *
     * @return how it ended (empty if it did not)
     */
    List<FeedEnd> awaitEnd() {
        return await(r -> !r.ends.isEmpty()).ends();
    }

    private synchronized Received await(Predicate<Received> done) {
        Waiting.until(this, () -> done.test(this));
        return this;
    }
}
