/** The {@code json:} store, served to {@code dev.multichat.core} as a {@link dev.multichat.spi.StoreProvider}. */
module dev.multichat.json {
    requires dev.multichat.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.github.benmanes.caffeine;
    requires org.slf4j;

    provides dev.multichat.spi.StoreProvider with dev.multichat.json.JsonStoreProvider;
}
