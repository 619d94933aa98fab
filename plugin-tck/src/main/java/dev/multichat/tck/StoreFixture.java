package dev.multichat.tck;

import dev.multichat.api.SessionStore;
import java.time.Clock;

/**
 * What a plugin's test supplies to the contract suite: a way to open a fresh, empty store.
 * A plugin's test is one class implementing {@link SessionStoreContract}, which extends this.
 */
public interface StoreFixture {
    /**
     * Opens a new, empty store whose every timestamp and expiry decision comes from
     * {@code clock}. Each call returns a separate store (its own file, directory or key
     * prefix). The fixture cleans up what it created; the suite closes every store it opens.
     *
     * @param clock the time source the store must use
     * @return an open store, as {@link dev.multichat.api.SessionStores#open} returns it
     */
    SessionStore openStore(Clock clock);
}
