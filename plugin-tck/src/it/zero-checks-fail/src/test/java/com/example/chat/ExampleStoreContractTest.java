package com.example.chat;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;

/** A plugin author's contract test as the guide shows it (over memory:, the point is the build). */
class ExampleStoreContractTest implements SessionStoreContract {
    @Override
    public SessionStore openStore(Clock clock) {
        return SessionStores.open(StoreConfig.of("memory:").withClock(clock));
    }
}
