/** The {@code json:} store, served to {@code dev.multichat.core} as a {@link dev.multichat.spi.StoreProvider}. */
module dev.multichat.json {
    requires dev.multichat.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;

    provides dev.multichat.spi.StoreProvider with dev.multichat.json.JsonStoreProvider;
}
