/**
 * Multichat's core: the API users compile against ({@code dev.multichat.api}), the SPI storage
 * plugins implement ({@code dev.multichat.spi}) and the optional Micrometer binding
 * ({@code dev.multichat.metrics}). Everything under {@code dev.multichat.internal} stays
 * inside this module. Plugins are found as services of {@link dev.multichat.spi.StoreProvider};
 * the built-in {@code memory:} store is one of them.
 */
module dev.multichat.core {
    exports dev.multichat.api;
    exports dev.multichat.spi;
    exports dev.multichat.metrics;

    requires org.slf4j;
    requires static micrometer.core;
    requires static org.jspecify;

    uses dev.multichat.spi.StoreProvider;

    provides dev.multichat.spi.StoreProvider with dev.multichat.internal.memory.MemoryStoreProvider;
}
