package dev.multichat.hybrid;

import dev.multichat.api.SessionStore;
import dev.multichat.tck.CloseUnderLoadContract;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;

/** The whole plugin-tck suite on a real redis-server (fast tier) in front of real SQLite files (durable tier). */
class HybridSqliteContractTest implements SessionStoreContract, CloseUnderLoadContract {
    private static final HybridFixtures STORES = HybridFixtures.sqlite();

    @Override
    public SessionStore openStore(Clock clock) {
        return STORES.open(clock);
    }

    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return STORES.reopen(closed, clock);
    }
}
