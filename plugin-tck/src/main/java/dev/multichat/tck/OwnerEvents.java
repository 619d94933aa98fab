package dev.multichat.tck;

import dev.multichat.api.OwnerListener;
import dev.multichat.api.SessionEvent;
import dev.multichat.tck.support.Waiting;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** An {@link OwnerListener} recording the events it got; waits poll a real condition with a deadline. */
class OwnerEvents implements OwnerListener {
    private final List<SessionEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(SessionEvent event) {
        events.add(event);
        notifyAll();
    }

    /** @return the events so far, without waiting */
    synchronized List<SessionEvent> events() {
        return List.copyOf(events);
    }

    /**
     * Waits until an event matching {@code wanted} arrived, or the deadline passed.
     *
     * @return every event so far
     */
    synchronized List<SessionEvent> await(Predicate<SessionEvent> wanted) {
        Waiting.until(this, () -> events.stream().anyMatch(wanted));
        return List.copyOf(events);
    }
}
