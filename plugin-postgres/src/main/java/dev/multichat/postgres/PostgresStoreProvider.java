package dev.multichat.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.multichat.api.StoreConfig;
import dev.multichat.api.StoreException;
import dev.multichat.postgres.internal.connect.PgSettings;
import dev.multichat.postgres.internal.connect.Pools;
import dev.multichat.postgres.internal.store.PgOpener;
import dev.multichat.spi.StoreParts;
import dev.multichat.spi.StoreProvider;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@code postgresql:} store: PostgreSQL 14+ through the official JDBC driver and HikariCP,
 * the shared durable store of several application instances.
 *
 * <p>URI: the JDBC URL without {@code jdbc:}, e.g.
 * {@code postgresql://db.internal:5432/app?user=chat&password=secret&schema=multichat}. Hosts may
 * be a comma-separated list as in the JDBC URL; user and password may also be given as
 * {@code postgresql://user:password@host/db}. Options: {@code user}, {@code password},
 * {@code schema} (default {@code multichat}; created if missing), {@code connectTimeout} and
 * {@code statementTimeout} (default {@code 5s} each; a bare number is seconds, as in the JDBC
 * URL), {@code pool} (default 10 connections), {@code sweep} (default {@code 1m}, {@code 0} for
 * off), and the driver's {@code ssl}, {@code sslmode}, {@code sslrootcert}, {@code sslcert},
 * {@code sslkey}, {@code sslpassword}, {@code ApplicationName}, {@code targetServerType},
 * {@code tcpKeepAlive}, {@code loginTimeout}, passed through unchanged. Credentials never appear
 * in a log line or an error message.
 *
 * <p>Opening creates or migrates the schema under an advisory lock (instances starting at once
 * migrate it once) and refuses, untouched, a schema newer than this plugin. Thread-safe; cheap
 * to construct.
 */
public final class PostgresStoreProvider implements StoreProvider {
    /** Creates the provider; nothing is opened until {@link #open}. */
    public PostgresStoreProvider() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public String scheme() {
        return "postgresql";
    }

    @Override
    public Set<String> options() {
        return PgSettings.OPTIONS;
    }

    @Override
    public String description() {
        return "PostgreSQL 14+ (shared by many instances): postgresql://host:5432/db?user=name&schema=multichat";
    }

    /**
     * A provider that opens stores on an application's own {@link DataSource} (its pool, its
     * credentials, its timeouts) instead of a URI's server:
     * {@code SessionStores.open(StoreConfig.of("postgresql:?schema=chat"), PostgresStoreProvider.using(ds))}.
     * The URI then carries only {@code schema} and {@code sweep}; closing the store leaves the
     * DataSource open. Set the driver's {@code socketTimeout} and {@code options=-c statement_timeout=...}
     * on the DataSource for calls to fail within a bound when the server stops answering.
     *
     * @param dataSource connections to PostgreSQL 14+
     * @return a provider for {@code SessionStores.open(config, provider)}
     */
    public static StoreProvider using(DataSource dataSource) {
        return new DataSourceProvider(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public StoreParts open(StoreConfig config) {
        PgSettings settings = PgSettings.from(config);
        HikariDataSource pool = Pools.open(settings);
        try {
            Map<String, String> details = Map.of("server", settings.target().toString(), "schema",
                    settings.schema(), "pool", Integer.toString(settings.pool()), "statementTimeout",
                    settings.timeouts().statement().toMillis() + "ms");
            return new PgOpener(pool, settings.schema(), settings.target().toString(), settings.sweep(),
                    Pools.direct(settings))
                    .open(config.clock(), pool, details);
        } catch (StoreException | IllegalStateException e) {
            pool.close();
            throw e;
        }
    }
}
