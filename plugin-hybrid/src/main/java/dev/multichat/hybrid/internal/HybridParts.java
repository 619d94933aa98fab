package dev.multichat.hybrid.internal;

import dev.multichat.api.SessionStore;
import dev.multichat.api.SessionStores;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreException;
import dev.multichat.api.StoreMetrics;
import dev.multichat.api.StoreUri;
import dev.multichat.hybrid.internal.mirror.MirrorWriter;
import dev.multichat.hybrid.internal.mirror.Refill;
import dev.multichat.hybrid.internal.mirror.WindowReader;
import dev.multichat.hybrid.internal.tier.CopyClock;
import dev.multichat.hybrid.internal.tier.FastStore;
import dev.multichat.hybrid.internal.tier.FastTier;
import dev.multichat.hybrid.internal.tier.Readings;
import dev.multichat.spi.StoreParts;

/** Opens both tiers by URI and composes the hybrid store's parts. Stateless. */
public final class HybridParts {
    private HybridParts() {
    }

    /**
     * @param config the hybrid store's configuration (its clock and limits go to both tiers)
     * @return the parts
     * @throws dev.multichat.api.InvalidInputException if an option is missing or wrong
     * @throws StoreException if the durable tier cannot be opened (the fast tier is closed again),
     *     or the fast tier fails to open for another reason than being unavailable (an
     *     unreachable fast tier opens the store degraded)
     */
    public static StoreParts open(StoreConfig config) {
        HybridSettings settings = HybridSettings.from(config);
        Readings readings = new Readings();
        CopyClock copyClock = new CopyClock(config.clock());
        FastStore fastStore = FastStore.open(() -> SessionStores.open(
                inner(config, settings.fast(), readings.fast()).withClock(copyClock)));
        SessionStore durable;
        try {
            durable = SessionStores.open(inner(config, settings.durable(), readings.durable()));
        } catch (StoreException e) {
            fastStore.close();
            throw e;
        }
        FastTier fast = new FastTier(fastStore, settings.breaker(), "hybrid-fast " + StoreUri.parse(settings.fast()),
                readings);
        MirrorWriter writer = new MirrorWriter(fast, copyClock, settings.window(), settings.idleTtl());
        Refill refill = new Refill(fast, copyClock, durable, settings.window(), settings.idleTtl());
        WindowReader reader = new WindowReader(fast, durable, refill, config.clock());
        DurableHints hints = new DurableHints(durable);
        return new StoreParts(new HybridCatalog(durable, writer), new HybridLog(durable, writer, reader),
                new HybridLifecycle(fast, durable, hints), hints);
    }

    private static StoreConfig inner(StoreConfig outer, String uri, StoreMetrics timer) {
        return StoreConfig.of(uri).withClock(outer.clock()).withLimits(outer.limits()).withMetrics(timer);
    }
}
