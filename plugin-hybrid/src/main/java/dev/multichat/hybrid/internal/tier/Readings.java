package dev.multichat.hybrid.internal.tier;

import dev.multichat.api.StoreReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hybrid store's counters, published as {@link StoreReading}s (names in the module README):
 * reads served by the cached copy or not, reads answered by the durable tier, refills, fast-tier
 * calls skipped or failed, copy updates dropped as stale, and the circuit's state. Thread-safe;
 * counting costs one {@link LongAdder} increment.
 */
public final class Readings {
    private static final String PREFIX = "multichat.hybrid.";
    private static final List<String> STATES = List.of("CLOSED", "OPEN", "HALF_OPEN", "FORCED_OPEN", "DISABLED",
            "METRICS_ONLY");
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder readThroughs = new LongAdder();
    private final LongAdder refills = new LongAdder();
    private final LongAdder circuitOpen = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder staleWrites = new LongAdder();
    private final TierTimer fast = new TierTimer();
    private final TierTimer durable = new TierTimer();

    /** @return the fast tier's timer, to open it with */
    public TierTimer fast() {
        return fast;
    }

    /** @return the durable tier's timer, to open it with */
    public TierTimer durable() {
        return durable;
    }

    /** @param hit whether a tail or after-seq read was answered by the cached copy at the first look */
    public void read(boolean hit) {
        (hit ? hits : misses).increment();
    }

    /** A read answered by the durable tier (a miss not refilled, a range older than the window, all()). */
    public void readThrough() {
        readThroughs.increment();
    }

    /** A refill committed a fresh copy of a session. */
    public void refilled() {
        refills.increment();
    }

    /** A copy update dropped: the copy already reflected this write's version or a newer one. */
    public void staleWrite() {
        staleWrites.increment();
    }

    void fallback(boolean circuitWasOpen) {
        (circuitWasOpen ? circuitOpen : failures).increment();
    }

    /**
     * @param circuit the circuit's state now, e.g. {@code CLOSED}
     * @return every reading, the same names and tags on every call
     */
    public List<StoreReading> list(String circuit) {
        List<StoreReading> all = new ArrayList<>();
        all.add(counter("fast.reads", Map.of("result", "hit"), hits, "tail/after reads answered by the cached copy"));
        all.add(counter("fast.reads", Map.of("result", "miss"), misses,
                "tail/after reads the cached copy could not answer at once (absent, stale, circuit open...)"));
        all.add(counter("read.throughs", Map.of(), readThroughs, "reads answered by the durable tier"));
        all.add(counter("refills", Map.of(), refills, "cached copies refilled from the durable tier"));
        all.add(counter("fallbacks", Map.of("reason", "circuit.open"), circuitOpen,
                "fast-tier calls skipped because the circuit was open (the durable tier served)"));
        all.add(counter("fallbacks", Map.of("reason", "failure"), failures,
                "fast-tier calls that failed (the durable tier served; the copy is invalidated later)"));
        all.add(counter("stale.writes", Map.of(), staleWrites,
                "copy updates dropped because the copy already held that version or a newer one"));
        for (Map.Entry<String, TierTimer> tier : Map.of("fast", fast, "durable", durable).entrySet()) {
            all.add(new StoreReading(PREFIX + "tier.calls", Map.of("tier", tier.getKey()), StoreReading.Kind.COUNTER,
                    tier.getValue().calls(), "calls to the tier (each timed by the tier's own core)"));
            all.add(new StoreReading(PREFIX + "tier.seconds", Map.of("tier", tier.getKey()), StoreReading.Kind.COUNTER,
                    tier.getValue().seconds(), "time spent in the tier's calls, in seconds (mean = seconds / calls)"));
        }
        for (String state : STATES) {
            all.add(new StoreReading(PREFIX + "circuit", Map.of("state", state.toLowerCase(Locale.ROOT)),
                    StoreReading.Kind.GAUGE, state.equals(circuit) ? 1 : 0, "1 for the fast tier circuit's state now"));
        }
        return all;
    }

    private static StoreReading counter(String name, Map<String, String> tags, LongAdder count, String what) {
        return new StoreReading(PREFIX + name, tags, StoreReading.Kind.COUNTER, count.sum(), what);
    }
}
