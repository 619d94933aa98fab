package dev.multichat.tck;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import java.time.Clock;

/** The whole contract suite, and the close-under-load contract, against the reference store, {@code memory:}. */
class MemoryStoreContractTest implements SessionStoreContract, CloseUnderLoadContract {
    @Override
    public SessionStore openStore(Clock clock) {
        return SessionStores.open(StoreConfig.of("memory:").withClock(clock));
    }

    /** Nothing outlives a memory: store. */
    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return null;
    }
}
