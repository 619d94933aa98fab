package dev.multichat.hybrid.internal;

import dev.multichat.api.SessionStore;
import dev.multichat.api.StoreHealth;
import dev.multichat.api.StoreReading;
import dev.multichat.hybrid.internal.tier.FastTier;
import dev.multichat.spi.StoreLifecycle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hybrid store's health and close. Health is DOWN only if the durable tier is down and the
 * fast tier cannot serve either; DEGRADED (with the reason) when either tier is down or the
 * circuit is not closed. Close closes both tiers, the fast one first, even if one fails.
 * Thread-safe.
 */
final class HybridLifecycle implements StoreLifecycle {
    private final FastTier fast;
    private final SessionStore durable;
    private final DurableHints hints;

    HybridLifecycle(FastTier fast, SessionStore durable, DurableHints hints) {
        this.fast = fast;
        this.durable = durable;
        this.hints = hints;
    }

    @Override
    public StoreHealth health() {
        StoreHealth durableHealth = durable.health();
        StoreHealth fastHealth = fast.health();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("durable", durableHealth.status() + ": " + durableHealth.detail());
        details.put("fast", fastHealth.status() + ": " + fastHealth.detail());
        details.put("circuit", fast.state());
        if (!fast.lastFailure().isEmpty()) {
            details.put("fastLastFailure", fast.lastFailure());
        }
        boolean durableUp = durableHealth.status() != StoreHealth.Status.DOWN;
        boolean fastUp = fastHealth.status() != StoreHealth.Status.DOWN && "CLOSED".equals(fast.state());
        if (durableUp && fastUp) {
            return new StoreHealth(StoreHealth.Status.UP, "both tiers up", details);
        }
        if (durableUp) {
            return new StoreHealth(StoreHealth.Status.DEGRADED, "fast tier unavailable (circuit " + fast.state()
                    + "): every call goes to the durable tier", details);
        }
        String why = "durable tier down: writes fail with StoreUnavailableException";
        return new StoreHealth(fastUp ? StoreHealth.Status.DEGRADED : StoreHealth.Status.DOWN,
                fastUp ? why + "; recent messages are served from the fast tier" : why + ", and the fast tier is"
                        + " unavailable too", details);
    }

    @Override
    public List<StoreReading> readings() {
        List<StoreReading> all = new ArrayList<>(fast.readings().list(fast.state()));
        all.addAll(hints.readings());
        return all;
    }

    @Override
    public void close() {
        try {
            fast.close();
        } finally {
            durable.close();
        }
    }
}
