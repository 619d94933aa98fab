package dev.multichat.bench;

import dev.multichat.api.NewSession;
import dev.multichat.api.SessionId;
import dev.multichat.api.SessionStore;
import java.time.Duration;

/** Opens a hybrid store's circuit by using it until its health says the circuit is open. */
final class CircuitTrip {
    private CircuitTrip() {
    }

    /**
     * @param store a hybrid store whose fast tier is down
     * @throws IllegalStateException if the circuit did not open within 30 seconds
     */
    static void trip(SessionStore store) {
        SessionId id = store.create(NewSession.of("trip", "bench")).id();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!"OPEN".equals(store.health().details().get("circuit"))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the circuit of " + store + " did not open: " + store.health());
            }
            store.append(id, Payload.ONE);
            store.tail(id, 20);
        }
    }
}
