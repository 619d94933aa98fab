package dev.multichat.internal;

import dev.multichat.api.SessionCatalog;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreUnavailableException;
import dev.multichat.internal.memory.MemoryStoreProvider;
import dev.multichat.spi.StoreLifecycle;
import dev.multichat.spi.StoreParts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Memory-store parts whose {@code find} blocks inside the backend until released, and whose
 * lifecycle counts closes: a call in flight that the guard's close must wait for. Released
 * with {@code fail} set, the blocked find fails as a backend that lost its files would.
 */
final class BlockingFind {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger closes = new AtomicInteger();
    volatile boolean fail;

    StoreParts parts(StoreConfig config) {
        StoreParts memory = new MemoryStoreProvider().open(config);
        SessionCatalog catalog = (SessionCatalog) Proxy.newProxyInstance(SessionCatalog.class.getClassLoader(),
                new Class<?>[] {SessionCatalog.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        entered.countDown();
                        if (!release.await(30, TimeUnit.SECONDS) || fail) {
                            throw new StoreUnavailableException("backend gone");
                        }
                    }
                    try {
                        return method.invoke(memory.catalog(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        StoreLifecycle lifecycle = new StoreLifecycle() {
            @Override
            public StoreHealth health() {
                return memory.lifecycle().health();
            }

            @Override
            public void close() {
                closes.incrementAndGet();
                memory.lifecycle().close();
            }
        };
        return new StoreParts(catalog, memory.messages(), lifecycle);
    }
}
