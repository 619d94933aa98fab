/**
 * The {@code hybrid:} store (a fast tier in front of a durable tier, both opened by URI through
 * the core), served to {@code dev.multichat.core} as a {@link dev.multichat.spi.StoreProvider}.
 * The tiers' plugins are found by the core's service loader: put them on the module path or
 * the class path next to this one.
 */
module dev.multichat.hybrid {
    requires dev.multichat.core;
    requires io.github.resilience4j.circuitbreaker;
    requires static org.jspecify;

    exports dev.multichat.hybrid;

    provides dev.multichat.spi.StoreProvider with dev.multichat.hybrid.HybridStoreProvider;
}
