package dev.multichat.redis;

import dev.multichat.api.SessionStore;
import dev.multichat.redis.testing.SharedRedis;
import dev.multichat.tck.CloseUnderLoadContract;
import dev.multichat.tck.SessionStoreContract;
import java.time.Clock;

/**
 * The whole plugin-tck suite, model-based check and close under load included, against
 * a real redis-server started by the test; every store gets its own key prefix on that one server.
 */
class RedisContractTest implements SessionStoreContract, CloseUnderLoadContract {
    private static final ContractStores STORES = new ContractStores(() -> SharedRedis.single().uri(), "tck");

    @Override
    public SessionStore openStore(Clock clock) {
        return STORES.open(clock);
    }

    @Override
    public SessionStore reopen(SessionStore closed, Clock clock) {
        return STORES.again(closed, clock);
    }

    @Override
    public SessionStore openSameData(SessionStore open, Clock clock) {
        return STORES.again(open, clock);
    }
}
