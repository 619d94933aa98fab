package dev.multichat.postgres.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the HikariCP pool of a store opened by URI, configured to fail within its timeouts. */
public final class Pools {
    private static final long MIN_HIKARI_TIMEOUT_MS = 250;

    private Pools() {
    }

    /**
     * @param settings the store's settings
     * @return a pool that opens connections lazily (the first call that needs one fails within
     *     the connect timeout if the server is down) and never logs credentials
     */
    public static HikariDataSource open(PgSettings settings) {
        PgTarget target = settings.target();
        Timeouts timeouts = settings.timeouts();
        HikariConfig config = new HikariConfig();
        config.setPoolName("multichat-postgres " + target);
        config.setJdbcUrl(target.jdbcUrl());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        target.driver().forEach(config::addDataSourceProperty);
        config.addDataSourceProperty("connectTimeout", Integer.toString(timeouts.connectSeconds()));
        config.addDataSourceProperty("socketTimeout", Integer.toString(timeouts.socketSeconds()));
        config.addDataSourceProperty("options", "-c statement_timeout=" + timeouts.statement().toMillis());
        config.setMaximumPoolSize(settings.pool());
        config.setMinimumIdle(Math.min(2, settings.pool()));
        long connectMs = Math.max(MIN_HIKARI_TIMEOUT_MS, timeouts.connect().toMillis());
        config.setConnectionTimeout(connectMs);
        config.setValidationTimeout(Math.min(connectMs, Math.max(MIN_HIKARI_TIMEOUT_MS, connectMs / 2)));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        return new HikariDataSource(config);
    }
}
