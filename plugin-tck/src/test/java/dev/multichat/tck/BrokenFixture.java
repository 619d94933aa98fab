package dev.multichat.tck;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.tck.support.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;

/** A fixture whose stores are memory stores with one {@link Defect} planted. */
final class BrokenFixture implements SessionStoreContract {
    private final Defect defect;

    BrokenFixture(Defect defect) {
        this.defect = defect;
    }

    @Override
    public SessionStore openStore(Clock clock) {
        Clock used = defect == Defect.IGNORES_INJECTED_CLOCK ? Clock.fixed(MutableClock.START, clock.getZone()) : clock;
        SessionStore real = SessionStores.open(StoreConfig.of("memory:").withClock(used));
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    boolean planted = method.getName().equals(defect.method);
                    try {
                        Object value = method.invoke(real, planted ? defect.arguments.apply(args) : args);
                        return planted ? defect.result.apply(value) : value;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
