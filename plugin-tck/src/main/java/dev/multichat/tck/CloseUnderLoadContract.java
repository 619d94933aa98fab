package dev.multichat.tck;

import dev.multichat.api.SessionStore;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code close()} while calls are in flight (issue 19): threads appending, trimming and reading
 * while another thread closes the store. Every call either completes (and what it acknowledged
 * is there after reopening) or fails with {@link dev.multichat.api.StoreClosedException}; no
 * call and no close blocks past {@value CloseUnderLoadCheck#BOUND_SECONDS} s; the reopened
 * store is readable, gapless and takes appends.
 *
 * <p>Not yet part of {@link SessionStoreContract}: implement it beside it, with
 * {@link #reopen}.
 */
public interface CloseUnderLoadContract extends StoreFixture {
    /** How many rounds one run of the check makes (races show in some rounds only). */
    int ROUNDS = 5;

    /**
     * Opens a new store on the data of {@code closed}, a store this fixture opened and the check
     * has closed: the same file, directory or key prefix.
     *
     * @param closed the closed store
     * @param clock the clock the new store must use
     * @return the reopened store, or null if the backend's data does not outlive a store
     *     ({@code memory:}); the check then verifies everything but what needs a reopen
     */
    SessionStore reopen(SessionStore closed, Clock clock);

    @Test
    @DisplayName("Close under load: Close under load: appends, trims and reads racing close either complete (and what"
            + " they"
            + " acknowledged survives a reopen) or fail with StoreClosedException; none blocks.")
    default void closeUnderLoad() {
        for (int round = 0; round < ROUNDS; round++) {
            CloseUnderLoadCheck.round(this);
        }
    }
}
