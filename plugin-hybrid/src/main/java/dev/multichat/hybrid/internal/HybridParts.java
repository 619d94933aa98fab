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
import dev.multichat.hybrid.internal.tier.FastTier;
import dev.multichat.spi.StoreParts;

/** Opens both tiers by URI and composes the hybrid store's parts. Stateless. */
public final class HybridParts {
    private HybridParts() {
    }

    /**
     * @param config the hybrid store's configuration (its clock and limits go to both tiers)
     * @return the parts
     * @throws dev.multichat.api.InvalidInputException if an option is missing or wrong
     * @throws StoreException if the durable tier cannot be opened (the fast tier is closed again)
     */
    public static StoreParts open(StoreConfig config) {
        HybridSettings settings = HybridSettings.from(config);
        SessionStore fastStore = SessionStores.open(inner(config, settings.fast()));
        SessionStore durable;
        try {
            durable = SessionStores.open(inner(config, settings.durable()));
        } catch (StoreException e) {
            fastStore.close();
            throw e;
        }
        FastTier fast = new FastTier(fastStore, settings.breaker(), "hybrid-fast " + StoreUri.parse(settings.fast()));
        MirrorWriter writer = new MirrorWriter(fast, settings.window());
        Refill refill = new Refill(fast, durable, settings.window(), settings.idleTtl());
        WindowReader reader = new WindowReader(fast, durable, refill, config.clock());
        return new StoreParts(new HybridCatalog(durable, writer), new HybridLog(durable, writer, reader),
                new HybridLifecycle(fast, durable));
    }

    private static StoreConfig inner(StoreConfig outer, String uri) {
        return StoreConfig.of(uri).withClock(outer.clock()).withLimits(outer.limits()).withMetrics(StoreMetrics.none());
    }
}
