/**
 * The {@code postgresql:} store, served to {@code dev.multichat.core} as a
 * {@link dev.multichat.spi.StoreProvider}; {@code dev.multichat.postgres} is exported for
 * {@code PostgresStoreProvider.using(DataSource)}, a store on the application's own pool.
 */
module dev.multichat.postgres {
    exports dev.multichat.postgres;

    requires dev.multichat.core;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires org.postgresql.jdbc;
    requires org.slf4j;

    provides dev.multichat.spi.StoreProvider with dev.multichat.postgres.PostgresStoreProvider;
}
