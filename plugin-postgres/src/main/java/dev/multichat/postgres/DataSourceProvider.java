package dev.multichat.postgres;

import dev.multichat.api.InvalidInputException;
import dev.multichat.api.StoreConfig;
import dev.multichat.postgres.internal.connect.PgSettings;
import dev.multichat.postgres.internal.store.PgOpener;
import dev.multichat.spi.DurationOption;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@code postgresql:} provider bound to an application's DataSource; see
 * {@link PostgresStoreProvider#using(DataSource)}. Thread-safe.
 */
final class DataSourceProvider implements StoreProvider {
    private final DataSource dataSource;

    DataSourceProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String scheme() {
        return "postgresql";
    }

    @Override
    public Set<String> options() {
        return Set.of("schema", "sweep");
    }

    @Override
    public String description() {
        return "PostgreSQL 14+ on an application's DataSource: postgresql:?schema=multichat";
    }

    @Override
    public StoreParts open(StoreConfig config) {
        if (!config.uri().location().isEmpty()) {
            throw new InvalidInputException("a store on a DataSource takes its server from the DataSource;"
                    + " write the URI as postgresql:?schema=name, without a host or database");
        }
        String schema = PgSettings.schema(config.option("schema").orElse("multichat"));
        String where = "postgresql DataSource " + dataSource.getClass().getSimpleName();
        return new PgOpener(dataSource, schema, where,
                DurationOption.parse("sweep", config.option("sweep").orElse("1m")), role -> dataSource.getConnection())
                .open(config.clock(), null, Map.of("server", where, "schema", schema));
    }
}
