/** The {@code sqlite:} store, served to {@code dev.multichat.core} as a {@link dev.multichat.spi.StoreProvider}. */
module dev.multichat.sqlite {
    requires dev.multichat.core;
    requires java.sql;
    requires com.zaxxer.hikari;
    requires org.xerial.sqlitejdbc;
    requires org.slf4j;

    provides dev.multichat.spi.StoreProvider with dev.multichat.sqlite.SqliteStoreProvider;
}
