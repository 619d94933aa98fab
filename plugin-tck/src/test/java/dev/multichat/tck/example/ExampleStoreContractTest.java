package dev.multichat.tck.example;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;

/** The plugin guide's example test: the whole suite over the {@code example:} scheme. */
class ExampleStoreContractTest implements SessionStoreContract {
    @Override
    public SessionStore openStore(Clock clock) {
        return SessionStores.open(StoreConfig.of("example:").withClock(clock));
    }
}
