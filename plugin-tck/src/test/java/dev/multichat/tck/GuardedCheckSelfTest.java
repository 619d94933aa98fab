package dev.multichat.tck;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.BiFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ValidationContract.storeIsGuarded passes on a guarded store and fails on one that bypasses the guard. */
class GuardedCheckSelfTest {

    @Test
    @DisplayName("storeIsGuarded passes on memory: opened through the registry")
    void passesOnGuardedStore() {
        ValidationContract fixture = clock -> SessionStores.open(StoreConfig.of("memory:").withClock(clock));
        assertThatCode(fixture::storeIsGuarded).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("storeIsGuarded fails on a store that lets a call the guard refuses (a negative trim) reach storage")
    void catchesCallLetThrough() {
        ValidationContract fixture = clock -> planted(clock, (method, args) -> method.getName().equals("trim")
                && (Long) args[1] < 0 ? new Object[] {args[0], 0L} : args);
        assertThatThrownBy(fixture::storeIsGuarded).isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("storeIsGuarded fails on a store that refuses with its own message instead of the guard's")
    void catchesOwnRefusal() {
        ValidationContract fixture = clock -> planted(clock, (method, args) -> {
            if (method.getName().equals("find") && args[0] == null) {
                throw new InvalidInputException("bad id");
            }
            return args;
        });
        assertThatThrownBy(fixture::storeIsGuarded).isInstanceOf(AssertionError.class);
    }

    /** A memory store whose arguments pass through {@code rewrite} before the guarded store sees them. */
    private static SessionStore planted(java.time.Clock clock, BiFunction<Method, Object[], Object[]> rewrite) {
        SessionStore real = SessionStores.open(StoreConfig.of("memory:").withClock(clock));
        return (SessionStore) Proxy.newProxyInstance(SessionStore.class.getClassLoader(),
                new Class<?>[] {SessionStore.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(real, args == null ? null : rewrite.apply(method, args));
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
